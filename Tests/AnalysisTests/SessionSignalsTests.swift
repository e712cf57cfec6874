import JSON
import Testing
@testable import Analysis

/// What a session tells the recruiter beyond statuses: a JD the engine found nothing in, and ids
/// that name one requirement each when the session holds two JDs.
@Suite struct SessionSignalsTests {
    let analyzer = SessionAnalyzer(taxonomy: trapTaxonomy, options: AnalysisOptions(referenceDate: 2026.0))

    static func session(_ documents: [(String, DocumentKind, String)]) -> Session {
        Session(root: "session", documents: documents.map { SessionDocument(path: $0.0, kind: $0.1, text: SourceText($0.2)) })
    }

    static let withoutRequirements = session([
        ("cv.md", .cv, "- Python and SQL\n"),
        ("jd.md", .jd, "# Backend Engineer\n\nWe build payment rails for small businesses.\n"),
    ])

    static let message = "no requirements found: list them under a heading such as \"Requirements\" or \"Nice to have\""

    @Test func aJobDescriptionWithNoRequirementsIsAProblemOfTheJSONReport() {
        let report = ReportRenderer.json(analyzer.analyze(Self.withoutRequirements))
        #expect(report["problems"] == [["path": "jd.md", "message": .string(Self.message)]])
    }

    @Test func aJobDescriptionWithNoRequirementsIsANotificationOfTheSARIFLog() throws {
        let log = ReportRenderer.sarif(analyzer.analyze(Self.withoutRequirements))
        let notifications = try #require(log["runs"]?[0]?["invocations"]?[0]?["toolExecutionNotifications"]?.arrayValue)
        #expect(notifications.map { $0["message"]?["text"]?.stringValue } == [Self.message])
        #expect(notifications.first?["locations"]?[0]?["physicalLocation"]?["artifactLocation"]?["uri"] == "jd.md")
    }

    @Test func aJobDescriptionWithNoRequirementsIsAWarningLineOfTheTextReport() {
        let text = ReportRenderer.text(analyzer.analyze(Self.withoutRequirements))
        #expect(text.hasPrefix("session/jd.md: warning: \(Self.message)\n"))
    }

    @Test func requirementIdsAreUniqueAcrossTwoJobDescriptions() throws {
        let analysis = analyzer.analyze(Self.session([
            ("jd-backend.md", .jd, "## Requirements\n- SQL\n- SQL\n- Python\n"),
            ("jd-data.md", .jd, "## Requirements\n- SQL\n- Kafka\n"),
        ]))
        #expect(analysis.assessments.map(\.requirement.id) == ["sql", "sql-2", "python", "sql-3", "kafka"])
        let dataJD = try #require(analysis.jobDescriptions["jd-data.md"])
        #expect(dataJD.requirements.map(\.id) == ["sql-3", "kafka"])
    }
}
