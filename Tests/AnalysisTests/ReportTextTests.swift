import Testing
@testable import Analysis

@Suite struct ReportTextTests {
    let lines = ReportRenderer.text(ReportSample.analysis).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)

    @Test func findingsAreCompilerStyleWithOneBasedLineAndColumn() {
        #expect(lines.contains("examples/platform-engineer/jd.md:12:3: warning: Unmet must-have: Terraform and infrastructure as code — nothing in the CV or interview evidences it [unmet-requirement]"))
        #expect(lines.contains("examples/platform-engineer/jd.md:10:3: information: Claimed in cv.md:12, not yet discussed; JD asks 5+ years, CV shows 3.5 [unverified-claim]"))
        #expect(lines.contains { $0.hasPrefix("examples/platform-engineer/jd.md:11:3: warning: Contradicted: Dana said") })
    }

    @Test func eachFindingEchoesItsRequirementBelow() throws {
        let index = try #require(lines.firstIndex { $0.hasSuffix("[unmet-requirement]") && $0.contains("Rust") })
        #expect(lines[index + 1] == "    Rust")
    }

    @Test func verifiedRequirementsAreNotListed() {
        #expect(!lines.contains { $0.contains("Go in production") })
    }

    @Test func unreadableFilesAreReportedFirst() {
        #expect(lines.first == "examples/platform-engineer/photo.png: warning: binary file, not read")
    }

    @Test func endsWithASummaryLine() {
        #expect(lines.suffix(2) == [
            "5 requirements: 1 verified, 1 claimed, 1 contradicted, 2 unmet (must-have: 1 verified, 1 claimed, 1 contradicted, 1 unmet)",
            "",
        ])
    }

    @Test func aJobDescriptionWithoutRequirementsSaysWhereToPutThem() {
        let analysis = SessionAnalysis(session: ReportSample.session, jobDescriptions: [:], assessments: [])
        #expect(ReportRenderer.text(analysis).hasSuffix("No requirements found: list them under a heading such as \"Requirements\" or \"Nice to have\"\n"))
    }

    @Test func aSessionRunFromInsideTheFolderPrintsBarePaths() {
        var analysis = ReportSample.analysis
        analysis.session.root = "."
        #expect(ReportRenderer.text(analysis).contains("\njd.md:12:3: warning: "))
    }
}
