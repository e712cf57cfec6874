import Foundation
import JSON
import Testing
@testable import Analysis

/// The team's labelled sessions in examples/: each folder's expected.json says what a careful
/// recruiter concludes about every requirement; the engine must agree.
@Suite struct ExampleSessionTests {
    static let examples = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("examples")

    /// The examples were written in late 2025: fixing "now" keeps their years of experience stable.
    static let analyzer = SessionAnalyzer(taxonomy: .bundled, options: AnalysisOptions(referenceDate: 2025.9))

    static let sessionNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? []
        return names.filter { FileManager.default.fileExists(atPath: examples.appendingPathComponent($0).appendingPathComponent("expected.json").path) }.sorted()
    }()

    @Test func thereAreAtLeastTwentyFiveLabelledSessions() {
        #expect(Self.sessionNames.count >= 25, "found \(Self.sessionNames)")
    }

    @Test(arguments: sessionNames)
    func everyLabelQuotesItsSessionAndUsesKnownValues(_ name: String) throws {
        let directory = Self.examples.appendingPathComponent(name)
        let labels = try ExpectedLabels(contentsOf: directory.appendingPathComponent("expected.json"))
        let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { !$0.hasSuffix(".json") && !$0.hasPrefix(".") }
        let texts = try files.map { try String(contentsOf: directory.appendingPathComponent($0), encoding: .utf8) }
        #expect(!labels.labels.isEmpty)
        for label in labels.labels {
            #expect(texts.contains { $0.contains(label.text) }, "\(name): \"\(label.text)\" is in none of \(files)")
            #expect(RequirementPriority(rawValue: label.priority) != nil, "\(name): priority \(label.priority)")
            #expect(RequirementStatus(rawValue: label.status) != nil, "\(name): status \(label.status)")
        }
    }

    @Test(arguments: sessionNames)
    func sessionHasOneJobDescriptionCVAndTranscript(_ name: String) throws {
        let session = try SessionLoader.load(directory: Self.examples.appendingPathComponent(name).path)
        let kinds = session.documents.map(\.kind)
        #expect(kinds.filter { $0 == .jd }.count == 1, "\(name): \(session.documents.map { "\($0.path)=\($0.kind)" })")
        #expect(kinds.filter { $0 == .cv }.count == 1, "\(name): \(session.documents.map { "\($0.path)=\($0.kind)" })")
        #expect(kinds.filter { $0 == .transcript }.count == 1, "\(name): \(session.documents.map { "\($0.path)=\($0.kind)" })")
        #expect(session.problems.isEmpty, "\(name): \(session.problems)")
    }

    @Test(arguments: sessionNames)
    func sessionMatchesItsRecruiterLabels(_ name: String) throws {
        let directory = Self.examples.appendingPathComponent(name)
        let labels = try ExpectedLabels(contentsOf: directory.appendingPathComponent("expected.json"))
        let analysis = Self.analyzer.analyze(try SessionLoader.load(directory: directory.path))
        let differences = labels.differences(from: analysis.assessments)
        let known = Self.knownDisagreements[name] ?? [:]
        let unexpected = differences.filter { known[$0.text] == nil }.map(\.message)
        #expect(unexpected.isEmpty, "\(name): \(unexpected.count) difference(s) from expected.json\n  \(unexpected.joined(separator: "\n  "))")
        let resolved = known.keys.filter { text in !differences.contains { $0.text == text } }.sorted()
        #expect(resolved.isEmpty, "\(name): the engine now agrees with the labels of \(resolved): remove them from knownDisagreements")
    }

    /// Labels of the sessions written from real-style postings that the offline engine does not
    /// reach yet, with the reason. The recruiter's label stands and scripts/quality counts the miss;
    /// an entry the engine comes to agree with fails the test above, so the list only shrinks.
    static let knownDisagreements: [String: [String: String]] = [
        "cloud-support-engineer": [
            "Linux administration and troubleshooting":
                "“journalctl, strace and a full disk at 3 a.m.” is troubleshooting in other words; the part stays unconfirmed",
            "3+ years in a technical support, systems administration or DevOps role":
                "the interview shows the field in other words (“I run 140 Ubuntu and RHEL servers”)",
        ],
        "field-research-fellow": [
            "Previous fieldwork in West Africa":
                "the CV places the internship in Senegal; the interview names only Ziguinchor, a town the taxonomy does not list",
        ],
        "management-accountant": [
            "Hospitality, retail or multi-site experience":
                "the CV's convenience stores are retail; the interview's “all 42 stores” is multi-site in other words",
        ],
        "nursery-practitioner": [
            "Experience caring for children from 4 months to 6 years in a nursery or pre-school":
                "“I'm a nursery nurse … key person for eight little ones” is caring for children in other words",
            "Understanding of safeguarding and how to report a concern":
                "safeguarding is shown; the reporting procedure is told without the requirement's words, so it stays claimed",
        ],
        "paid-media-manager": [
            "3+ years managing paid media, agency or in-house":
                "“paid media” is not recognised; the interview tells of running the accounts",
            "Google Ads and Meta Ads":
                "the interview says “Google and Meta”, not the products' names",
        ],
        "partnerships-manager": [
            "German":
                "“School German only, I couldn't run a meeting in it” is not read as a no",
            "HubSpot":
                "“No, HubSpot I haven't used” is not read as a no",
        ],
        "product-analyst-plaintext": [
            "Project management skills: timelines, stakeholder updates and prioritising requests from several teams":
                "the intake board, due dates and Friday status e-mails are project management in other words",
            "Experience designing and analysing A/B tests":
                "“… so we didn't ship it”, after the A/B test in the same sentence, is read as a no",
        ],
        "sales-development-rep": [
            "Managing your pipeline in Salesforce or HubSpot":
                "“A little HubSpot …” is read as a no",
        ],
        "strategy-consultant-plaintext": [
            "2+ years in management consulting, strategy or a corporate strategy team":
                "“a senior analyst at Kestrel … mostly operations work” names the field in other words",
        ],
        "support-specialist-nordics": [
            "Experience with Zendesk or a similar ticketing tool":
                "Freshdesk is a similar ticketing tool; only the denied Zendesk is read",
            "Calm under pressure and patient with non-technical customers":
                "the difficult call shows it in other words",
        ],
        "ux-researcher": [
            "4+ years of user research in product teams":
                "“Not formally.”, said about assistive technology, is taken as a no about research",
            "Planning and running moderated usability tests":
                "“eight moderated sessions on the Figma prototype” is a usability test in other words",
            "Accessibility research with assistive technology users":
                "“I haven't run sessions with assistive technology users” is not read as a no",
        ],
    ]

    @Test(arguments: sessionNames)
    func everyEvidenceQuoteIsTheTextAtItsRange(_ name: String) throws {
        let session = try SessionLoader.load(directory: Self.examples.appendingPathComponent(name).path)
        let analysis = Self.analyzer.analyze(session)
        let texts = Dictionary(uniqueKeysWithValues: session.documents.map { ($0.path, $0.text) })
        for assessment in analysis.assessments {
            #expect(texts[assessment.requirement.path]?.text(in: assessment.requirement.range).map(String.init) == assessment.requirement.text)
            for evidence in assessment.evidence {
                #expect(texts[evidence.excerpt.path]?.text(in: evidence.excerpt.range).map(String.init) == evidence.excerpt.text,
                        "\(name) \(assessment.requirement.id): \(evidence.excerpt.path) \(evidence.excerpt.range)")
            }
        }
    }
}

/// A session's expected.json: every requirement a recruiter finds, with its priority and status.
struct ExpectedLabels {
    struct Label {
        var text: String
        var priority: String
        var status: String
    }

    var labels: [Label]

    init(contentsOf url: URL) throws {
        let json = try JSON.parse(String(contentsOf: url, encoding: .utf8))
        labels = (json["requirements"]?.arrayValue ?? []).map { item in
            Label(text: item["text"]?.stringValue ?? "", priority: item["priority"]?.stringValue ?? "",
                  status: item["status"]?.stringValue ?? "")
        }
    }

    /// A disagreement with the labels: the label's text (or an unlabelled requirement's) and what differs.
    struct Difference {
        var text: String
        var message: String
    }

    /// Human-readable differences: missing, unexpected, wrong priority, wrong status.
    func differences(from assessments: [Assessment]) -> [Difference] {
        var differences: [Difference] = []
        var unmatched = assessments
        for label in labels {
            guard let index = unmatched.firstIndex(where: { Self.normalized($0.requirement.text) == Self.normalized(label.text) }) else {
                differences.append(Difference(text: label.text, message: "missing \(label.priority) requirement \"\(label.text)\" (expected \(label.status))"))
                continue
            }
            let assessment = unmatched.remove(at: index)
            if assessment.requirement.priority.rawValue != label.priority {
                differences.append(Difference(text: label.text,
                                              message: "\"\(label.text)\": priority \(assessment.requirement.priority.rawValue), expected \(label.priority)"))
            }
            if assessment.status.rawValue != label.status {
                let evidence = assessment.evidence.map { "\($0.excerpt.location) \"\($0.excerpt.text)\"" }.joined(separator: "; ")
                differences.append(Difference(text: label.text, message: "\"\(label.text)\": \(assessment.status.rawValue), expected \(label.status)"
                    + (evidence.isEmpty ? "" : " — evidence: \(evidence)")))
            }
        }
        for extra in unmatched {
            differences.append(Difference(text: extra.requirement.text, message: "unexpected \(extra.requirement.priority.rawValue) requirement \"\(extra.requirement.text)\" at \(extra.requirement.path):\(extra.requirement.range.start.line + 1) (\(extra.status.rawValue))"))
        }
        return differences
    }

    /// Compares requirement texts as a reader would: markup, spacing and closing punctuation aside.
    static func normalized(_ text: String) -> String {
        var flat = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = flat.last, ".;:,".contains(last) { flat.removeLast() }
        return flat
    }
}
