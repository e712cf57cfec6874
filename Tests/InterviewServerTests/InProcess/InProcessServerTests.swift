import Foundation
import JSON
import Testing

/// The whole server path (framing, dispatch, the server actor, the engine) exercised in-process, so
/// `swift test` alone catches a broken open → diagnostics → hover → code action → chat flow.
@Suite struct InProcessServerTests {
    /// A copy of examples/platform-engineer in a temporary folder (the server writes its index there).
    static func sessionCopy() throws -> String {
        let source = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("examples/platform-engineer")
        let target = FileManager.default.temporaryDirectory.appendingPathComponent("in-process-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
        for name in ["jd.md", "cv.md", "transcript.md"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: target.appendingPathComponent(name))
        }
        return target.path
    }

    static func line(of text: String, in path: String) throws -> Int {
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        return try #require(lines.firstIndex { $0.contains(text) })
    }

    static func position(_ path: String, line: Int, character: Int = 4) -> JSON {
        ["textDocument": ["uri": .string(URL(fileURLWithPath: path).absoluteString)], "position": ["line": .int(line), "character": .int(character)]]
    }

    @Test func openingTheJDPublishesAWarningOnTheUnmetMustHave() async throws {
        let root = try Self.sessionCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try InProcessServer()
        try await server.initialize(rootPath: root)
        let jd = root + "/jd.md"
        try server.open(jd)
        let diagnostics = try #require(await server.diagnostics(for: jd))
        let unmetLine = try Self.line(of: "CI/CD pipelines", in: jd)
        let unmet = try #require(diagnostics.first { $0["code"]?.stringValue == "unmet-requirement" })
        #expect(unmet["range"]?["start"]?["line"]?.intValue == unmetLine)
        #expect(unmet["source"]?.stringValue == "interview")
        #expect(unmet["severity"]?.intValue == 2, "an unmet must-have is a warning")
        #expect(unmet["data"]?["requirementId"]?.stringValue?.isEmpty == false)
        #expect(try await server.stop() == 0)
    }

    @Test func hoverOnAClaimedRequirementQuotesTheCV() async throws {
        let root = try Self.sessionCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try InProcessServer()
        try await server.initialize(rootPath: root)
        let jd = root + "/jd.md"
        try server.open(jd)
        _ = await server.diagnostics(for: jd)
        let line = try Self.line(of: "Operating PostgreSQL", in: jd)
        let hover = try await server.request("textDocument/hover", Self.position(jd, line: line))
        let text = try #require(hover["contents"]?["value"]?.stringValue)
        #expect(text.contains("claimed"), "\(text)")
        #expect(text.contains("cv.md"), "the hover cites the CV: \(text)")
        _ = try await server.stop()
    }

    @Test func askNextOnAnUnmetRequirementInsertsAQuestionIntoTheNotes() async throws {
        let root = try Self.sessionCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try InProcessServer()
        try await server.initialize(rootPath: root)
        let jd = root + "/jd.md"
        try server.open(jd)
        let diagnostics = try #require(await server.diagnostics(for: jd))
        let unmet = try #require(diagnostics.first { $0["code"]?.stringValue == "unmet-requirement" })
        let params: JSON = [
            "textDocument": ["uri": .string(URL(fileURLWithPath: jd).absoluteString)],
            "range": try #require(unmet["range"]),
            "context": ["diagnostics": [unmet]],
        ]
        let actions = try #require(try await server.request("textDocument/codeAction", params).arrayValue)
        let ask = try #require(actions.first { $0["title"]?.stringValue?.hasPrefix("Ask next: ") == true })
        let edits = try #require(ask["edit"]?["changes"]?.objectValue ?? ask["edit"]?["documentChanges"].map { ["all": $0] })
        #expect(!edits.isEmpty, "Ask next carries the edit that inserts the question")
        _ = try await server.stop()
    }

    @Test func chatAnswersOfflineWithCitationsFromTheSession() async throws {
        let root = try Self.sessionCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try InProcessServer()
        try await server.initialize(rootPath: root)
        let jd = root + "/jd.md"
        try server.open(jd)
        _ = await server.diagnostics(for: jd)
        let result = try await server.request("workspace/executeCommand", [
            "command": "interview.chat",
            "arguments": [["question": "What are the gaps?", "uri": .string(URL(fileURLWithPath: jd).absoluteString)]],
        ])
        #expect(result["mode"]?.stringValue == "offline")
        #expect(result["answer"]?.stringValue?.contains("CI/CD") == true, "\(result["answer"]?.stringValue ?? "")")
        let citations = try #require(result["citations"]?.arrayValue)
        #expect(!citations.isEmpty)
        _ = try await server.stop()
    }

    @Test func exitWithoutShutdownEndsWithCodeOne() async throws {
        let server = try InProcessServer()
        try await server.initialize(rootPath: FileManager.default.temporaryDirectory.path)
        #expect(await server.stopWithoutShutdown() == 1)
    }
}
