import Testing
@testable import Analysis

@Suite struct ReportFindingTests {
    @Test func unmetMustHaveIsAWarningThatNamesTheRequirement() throws {
        let finding = try #require(Finding(assessment: ReportSample.unmetTerraform))
        #expect(finding.code == "unmet-requirement")
        #expect(finding.severity == .warning)
        #expect(finding.message == "Unmet must-have: Terraform and infrastructure as code — nothing in the CV or interview evidences it")
    }

    @Test func unmetNiceToHaveIsOnlyInformation() throws {
        let finding = try #require(Finding(assessment: ReportSample.unmetRust))
        #expect(finding.severity == .information)
        #expect(finding.message.hasPrefix("Unmet nice-to-have: Rust"))
    }

    @Test func contradictionQuotesTheCandidateWithACitation() throws {
        let finding = try #require(Finding(assessment: ReportSample.contradictedPostgres))
        #expect(finding.code == "contradicted")
        #expect(finding.severity == .warning)
        #expect(finding.message == #"Contradicted: Dana said "I haven't really used Postgres in production" (transcript.md:40)"#)
    }

    @Test func claimCitesTheCVLineAndTheYearsShortfall() throws {
        let finding = try #require(Finding(assessment: ReportSample.claimedKubernetes))
        #expect(finding.code == "unverified-claim")
        #expect(finding.severity == .information)
        #expect(finding.message == "Claimed in cv.md:12, not yet discussed; JD asks 5+ years, CV shows 3.5")
    }

    @Test func aClaimWithAnUnconfirmedPartNamesThePart() throws {
        let assessment = Assessment(
            requirement: ReportSample.requirement("english-czech", "Fluent English and Czech", .must, line: 20, skills: ["English"]),
            status: .claimed,
            evidence: [Evidence(excerpt: SourceQuote(path: "transcript.md", kind: .transcript, range: ReportSample.range(30, 0, 20),
                                                     text: "I work in English.", speaker: "Petra"))],
            unconfirmed: ["Czech"])
        let finding = try #require(Finding(assessment: assessment))
        #expect(finding.code == "unverified-claim")
        #expect(finding.message == "Not confirmed: “Czech” — nothing in the CV or interview shows it; the rest is evidenced (transcript.md:31)")
    }

    @Test func verifiedAndIgnoredRequirementsProduceNoFinding() {
        var ignored = ReportSample.unmetTerraform
        ignored.requirement.ignored = true
        #expect(Finding(assessment: ReportSample.verifiedGo) == nil)
        #expect(Finding(assessment: ignored) == nil)
        let analysis = SessionAnalysis(session: ReportSample.session, jobDescriptions: [:],
                                       assessments: [ReportSample.verifiedGo, ignored, ReportSample.unmetRust])
        #expect(analysis.findings.map(\.assessment.requirement.id) == ["rust"])
    }

    @Test func longQuotesAreShortenedInTheMessageOnly() throws {
        var assessment = ReportSample.contradictedPostgres
        assessment.evidence[0].excerpt.text = String(repeating: "never touched it ", count: 20)
        let finding = try #require(Finding(assessment: assessment))
        #expect(finding.message.contains("…\""))
        #expect(finding.message.count < 200)
    }

    @Test func unmetRequirementWithSomeEvidenceSaysItIsOnlyPartlyEvidenced() throws {
        var assessment = ReportSample.unmetTerraform
        assessment.evidence = [Evidence(excerpt: SourceQuote(path: "cv.md", kind: .cv, range: ReportSample.range(14, 2, 11),
                                                             text: "Terraform"))]
        let finding = try #require(Finding(assessment: assessment))
        #expect(finding.message == "Unmet must-have: Terraform and infrastructure as code — only partly evidenced (cv.md:15)")
    }

    @Test func shortenedQuotesEndOnAWholeWord() throws {
        var assessment = ReportSample.contradictedPostgres
        assessment.evidence[0].excerpt.text = "I haven't " + String(repeating: "administered databases ", count: 8)
        let finding = try #require(Finding(assessment: assessment))
        #expect(finding.message.contains(" administered…\"") || finding.message.contains(" databases…\""))
    }

    @Test func yearsAreWrittenAsPeopleWriteThem() {
        #expect(YearsFormat.string(5) == "5")
        #expect(YearsFormat.string(3.5) == "3.5")
        #expect(YearsFormat.string(1.25) == "1.3")
        #expect(YearsFormat.string(0.04) == "0")
    }
}

/// A small hand-built analysis covering every status, so reports can be tested without the engine.
enum ReportSample {
    static func range(_ line: Int, _ start: Int, _ end: Int) -> SourceRange {
        SourceRange(start: SourcePosition(line: line, character: start), end: SourcePosition(line: line, character: end))
    }

    static func requirement(_ id: String, _ text: String, _ priority: RequirementPriority, line: Int,
                            skills: [String] = [], minYears: Double? = nil) -> Requirement {
        Requirement(id: id, text: text, priority: priority, path: "jd.md", range: range(line, 2, 2 + text.utf16.count),
                    skills: skills, minYears: minYears)
    }

    static let verifiedGo = Assessment(
        requirement: requirement("go", "Go in production", .must, line: 8, skills: ["Go"]),
        status: .verified,
        evidence: [
            Evidence(excerpt: SourceQuote(path: "transcript.md", kind: .transcript, range: range(20, 6, 40),
                                          text: "I've written Go services for years", speaker: "Dana", timestamp: "00:04:10")),
            Evidence(excerpt: SourceQuote(path: "cv.md", kind: .cv, range: range(14, 2, 20), text: "Go, Python, Bash")),
        ])

    static let claimedKubernetes = Assessment(
        requirement: requirement("kubernetes", "5+ years of Kubernetes", .must, line: 9, skills: ["Kubernetes"], minYears: 5),
        status: .claimed,
        evidence: [Evidence(excerpt: SourceQuote(path: "cv.md", kind: .cv, range: range(11, 2, 30),
                                                 text: "Ran EKS clusters for 40 teams"))],
        yearsFound: 3.5)

    static let contradictedPostgres = Assessment(
        requirement: requirement("postgresql", "PostgreSQL administration", .must, line: 10, skills: ["PostgreSQL"]),
        status: .contradicted,
        evidence: [Evidence(excerpt: SourceQuote(path: "transcript.md", kind: .transcript, range: range(39, 6, 52),
                                                 text: "I haven't really used Postgres in production", speaker: "Dana", timestamp: "00:21:03"), negated: true)])

    static let unmetTerraform = Assessment(
        requirement: requirement("terraform", "Terraform and infrastructure as code", .must, line: 11, skills: ["Terraform"]),
        status: .unmet, evidence: [])

    static let unmetRust = Assessment(
        requirement: requirement("rust", "Rust", .nice, line: 15, skills: ["Rust"]),
        status: .unmet, evidence: [])

    static let session = Session(root: "examples/platform-engineer", documents: [
        SessionDocument(path: "transcript.md", kind: .transcript, text: SourceText("")),
        SessionDocument(path: "jd.md", kind: .jd, text: SourceText("")),
        SessionDocument(path: "cv.md", kind: .cv, text: SourceText("")),
    ], problems: [SessionProblem(path: "photo.png", message: "binary file, not read")])

    static let analysis = SessionAnalysis(session: session, jobDescriptions: [:], assessments: [
        verifiedGo, claimedKubernetes, contradictedPostgres, unmetTerraform, unmetRust,
    ])
}
