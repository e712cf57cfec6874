import JSON
import Testing
@testable import Analysis

@Suite struct ReportSARIFTests {
    let log = ReportRenderer.sarif(ReportSample.analysis, toolVersion: "9.9.9")

    @Test func isASARIF210LogNamingTheToolAndItsThreeRules() throws {
        #expect(log["version"] == "2.1.0")
        let driver = try #require(log["runs"]?[0]?["tool"]?["driver"])
        #expect(driver["name"] == "interview-lsp")
        #expect(driver["version"] == "9.9.9")
        #expect(driver["rules"]?.arrayValue?.map { $0["id"]?.stringValue } == ["unmet-requirement", "unverified-claim", "contradicted"])
        #expect(driver["rules"]?[0]?["shortDescription"]?["text"]?.stringValue?.isEmpty == false)
    }

    @Test func everyFindingBecomesAResultWithALevelAndOneBasedRegion() throws {
        let results = try #require(log["runs"]?[0]?["results"]?.arrayValue)
        #expect(results.map { $0["ruleId"]?.stringValue } == ["unverified-claim", "contradicted", "unmet-requirement", "unmet-requirement"])
        #expect(results.map { $0["level"]?.stringValue } == ["note", "warning", "warning", "note"])
        let location = try #require(results[2]["locations"]?[0]?["physicalLocation"])
        #expect(location["artifactLocation"] == ["uri": "jd.md", "uriBaseId": "SESSIONROOT"])
        #expect(location["region"] == ["startLine": 12, "startColumn": 3, "endLine": 12, "endColumn": 39])
        #expect(results[2]["message"]?["text"]?.stringValue?.hasPrefix("Unmet must-have: Terraform") == true)
    }

    @Test func evidenceBecomesRelatedLocationsWithTheQuote() throws {
        let related = try #require(log["runs"]?[0]?["results"]?[1]?["relatedLocations"]?.arrayValue)
        #expect(related.count == 1)
        #expect(related[0]["message"]?["text"] == "I haven't really used Postgres in production")
        #expect(related[0]["physicalLocation"]?["artifactLocation"]?["uri"] == "transcript.md")
    }

    @Test func unreadableFilesBecomeToolNotifications() {
        let notifications = log["runs"]?[0]?["invocations"]?[0]?["toolExecutionNotifications"]?.arrayValue
        #expect(notifications?.first?["message"]?["text"] == "binary file, not read")
    }

    @Test func pathsWithSpacesAreEncodedAndAbsoluteRootsGetABase() {
        var analysis = ReportSample.analysis
        analysis.session.root = "/home/rec/Interview notes"
        analysis.assessments[3].requirement.path = "job description.md"
        let run = ReportRenderer.sarif(analysis)["runs"]?[0]
        #expect(run?["originalUriBaseIds"]?["SESSIONROOT"]?["uri"] == "file:///home/rec/Interview%20notes/")
        #expect(run?["results"]?[2]?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] == "job%20description.md")
    }

    @Test func rendersTheSameBytesTwice() {
        #expect(ReportRenderer.sarif(ReportSample.analysis).serialized() == ReportRenderer.sarif(ReportSample.analysis).serialized())
        #expect(ReportRenderer.text(ReportSample.analysis) == ReportRenderer.text(ReportSample.analysis))
    }
}
