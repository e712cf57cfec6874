import JSON
import Testing
@testable import Analysis

@Suite struct ReportJSONTests {
    let report = ReportRenderer.json(ReportSample.analysis)

    @Test func listsRootVersionDocumentsAndProblems() {
        #expect(report["version"] == 1)
        #expect(report["root"] == "examples/platform-engineer")
        #expect(report["documents"] == [
            ["path": "cv.md", "kind": "cv"], ["path": "jd.md", "kind": "jd"], ["path": "transcript.md", "kind": "transcript"],
        ])
        #expect(report["problems"] == [["path": "photo.png", "message": "binary file, not read"]])
    }

    @Test func describesEachRequirementWithAnLSPRangeAndItsStatus() throws {
        let requirements = try #require(report["requirements"]?.arrayValue)
        #expect(requirements.map { $0["status"]?.stringValue } == ["verified", "claimed", "contradicted", "unmet", "unmet"])
        let kubernetes = requirements[1]
        #expect(kubernetes["id"] == "kubernetes")
        #expect(kubernetes["text"] == "5+ years of Kubernetes")
        #expect(kubernetes["priority"] == "must")
        #expect(kubernetes["path"] == "jd.md")
        #expect(kubernetes["range"] == ["start": ["line": 9, "character": 2], "end": ["line": 9, "character": 24]])
        #expect(kubernetes["skills"] == ["Kubernetes"])
        #expect(kubernetes["minYears"] == 5)
        #expect(kubernetes["yearsFound"] == 3.5)
        #expect(kubernetes["finding"]?["code"] == "unverified-claim")
        #expect(requirements[0]["minYears"] == .null)
        #expect(requirements[0]["finding"] == .null)
    }

    @Test func evidenceCarriesQuoteSpeakerAndTimestampOnlyWhenKnown() throws {
        let evidence = try #require(report["requirements"]?[0]?["evidence"]?.arrayValue)
        #expect(evidence[0] == [
            "path": "transcript.md", "kind": "transcript", "quote": "I've written Go services for years",
            "speaker": "Dana", "timestamp": "00:04:10", "negated": false,
            "range": ["start": ["line": 20, "character": 6], "end": ["line": 20, "character": 40]],
        ])
        #expect(evidence[1]["kind"] == "cv")
        #expect(evidence[1]["speaker"] == nil)
        #expect(evidence[1]["timestamp"] == nil)
    }

    @Test func summaryCountsEveryStatusOverallAndPerPriority() {
        let summary = report["summary"]
        #expect(summary == [
            "total": 5, "verified": 1, "claimed": 1, "contradicted": 1, "unmet": 2,
            "must": ["total": 4, "verified": 1, "claimed": 1, "contradicted": 1, "unmet": 1],
            "nice": ["total": 1, "verified": 0, "claimed": 0, "contradicted": 0, "unmet": 1],
        ])
    }

    @Test func ignoredRequirementsAreLeftOut() {
        var ignored = ReportSample.unmetTerraform
        ignored.requirement.ignored = true
        let analysis = SessionAnalysis(session: ReportSample.session, jobDescriptions: [:], assessments: [ReportSample.verifiedGo, ignored])
        let report = ReportRenderer.json(analysis)
        #expect(report["requirements"]?.arrayValue?.count == 1)
        #expect(report["summary"]?["total"] == 1)
    }

    @Test func printsTheSameBytesEveryTimeWithKeysSorted() {
        let first = ReportRenderer.json(ReportSample.analysis).serialized(pretty: true)
        let second = ReportRenderer.json(ReportSample.analysis).serialized(pretty: true)
        #expect(first == second)
        #expect(first.hasPrefix("{\n  \"documents\""))
    }
}
