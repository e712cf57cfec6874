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

    @Test func thereAreAtLeastNineLabelledSessions() {
        #expect(Self.sessionNames.count >= 9, "found \(Self.sessionNames)")
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
        #expect(differences.isEmpty, "\(name): \(differences.count) difference(s) from expected.json\n  \(differences.joined(separator: "\n  "))")
    }

    @Test(arguments: sessionNames)
    func everyEvidenceQuoteIsTheTextAtItsRange(_ name: String) throws {
        let session = try SessionLoader.load(directory: Self.examples.appendingPathComponent(name).path)
        let analysis = Self.analyzer.analyze(session)
        let texts = Dictionary(uniqueKeysWithValues: session.documents.map { ($0.path, $0.text) })
        for assessment in analysis.assessments {
            #expect(texts[assessment.requirement.path]?.text(in: assessment.requirement.range).map(String.init) == assessment.requirement.text)
            for evidence in assessment.evidence {
                #expect(texts[evidence.path]?.text(in: evidence.range).map(String.init) == evidence.quote,
                        "\(name) \(assessment.requirement.id): \(evidence.path) \(evidence.range)")
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

    /// Human-readable differences: missing, unexpected, wrong priority, wrong status.
    func differences(from assessments: [Assessment]) -> [String] {
        var differences: [String] = []
        var unmatched = assessments
        for label in labels {
            guard let index = unmatched.firstIndex(where: { Self.normalized($0.requirement.text) == Self.normalized(label.text) }) else {
                differences.append("missing \(label.priority) requirement \"\(label.text)\" (expected \(label.status))")
                continue
            }
            let assessment = unmatched.remove(at: index)
            if assessment.requirement.priority.rawValue != label.priority {
                differences.append("\"\(label.text)\": priority \(assessment.requirement.priority.rawValue), expected \(label.priority)")
            }
            if assessment.status.rawValue != label.status {
                let evidence = assessment.evidence.map { "\($0.citation) \"\($0.quote)\"" }.joined(separator: "; ")
                differences.append("\"\(label.text)\": \(assessment.status.rawValue), expected \(label.status)"
                    + (evidence.isEmpty ? "" : " — evidence: \(evidence)"))
            }
        }
        for extra in unmatched {
            differences.append("unexpected \(extra.requirement.priority.rawValue) requirement \"\(extra.requirement.text)\" at \(extra.requirement.path):\(extra.requirement.range.start.line + 1) (\(extra.status.rawValue))")
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
