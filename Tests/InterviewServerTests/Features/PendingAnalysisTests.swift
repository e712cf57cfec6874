import Analysis
import Foundation
@testable import InterviewServer
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import Testing

private let jd = """
# Platform Engineer

## Requirements

- Production experience running Kubernetes
- Infrastructure as code with Terraform

"""

private let cv = """
# Dana Whitfield

## Experience

- Wrote Go services for the payments team

"""

/// A server on a session folder holding `jd.md` and `cv.md`, both open, whose analyses pass `gate`.
private struct GatedSession {
    let server: InterviewLanguageServer
    let root: String
    let gate = WorkGate()

    init() async throws {
        var template = Array((NSTemporaryDirectory() + "/pending-analysis-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        root = String(cString: created)
        try jd.write(toFile: root + "/jd.md", atomically: true, encoding: .utf8)
        try cv.write(toFile: root + "/cv.md", atomically: true, encoding: .utf8)
        let gate = self.gate
        // Diagnostics are not read here: the server writes them to /dev/null.
        let connection = Connection(input: -1, output: open("/dev/null", O_WRONLY))
        server = InterviewLanguageServer(connection: connection, logger: Logger(level: .error)) { session, skills in
            gate.pass()
            return InterviewLanguageServer.analyze(session, skills: skills)
        }
        _ = try await server.initialize(InitializeParams(initializationOptions: ["interview": ["debounceMs": 0]]))
        for (name, text) in [("jd.md", jd), ("cv.md", cv)] {
            await server.handle(Notification(method: "textDocument/didOpen", params: ["textDocument": [
                "uri": .string(uri(name)), "languageId": "markdown", "version": 1, "text": .string(text),
            ]]))
        }
    }

    /// Closes the gate. A guard against a server that waits for the held analysis hanging the suite: the returned
    /// task opens the gate after a while, and what the request then reads (the new analysis) fails the test.
    func holdAnalyses() -> Task<Void, any Error> {
        gate.close()
        let gate = self.gate
        return Task {
            try await Task.sleep(for: .seconds(10))
            gate.open()
        }
    }

    func uri(_ name: String) -> String {
        DocumentURI(path: root + "/" + name).string
    }

    func hover(line: Int, character: Int) async throws -> JSON {
        try await server.handle(Request(id: .int(1), method: "textDocument/hover", params: [
            "textDocument": ["uri": .string(uri("jd.md"))], "position": ["line": .int(line), "character": .int(character)],
        ]))
    }

    /// Inserts `text` at `line`, character 0, of `name`, as version `version`.
    func insert(_ text: String, at line: Int, of name: String, version: Int) async {
        let position: JSON = ["line": .int(line), "character": 0]
        await server.handle(Notification(method: "textDocument/didChange", params: [
            "textDocument": ["uri": .string(uri(name)), "version": .int(version)],
            "contentChanges": [["range": ["start": position, "end": position], "text": .string(text)]],
        ]))
    }
}

@Test func aHoverWhileANewerAnalysisIsStillRunningAnswersFromTheLastFinishedOneAtTheRequirementsNewLine() async throws {
    let session = try await GatedSession()
    let before = try await session.hover(line: 4, character: 4)
    #expect(before["contents"]?["value"]?.stringValue?.contains("unmet") == true)

    let watchdog = session.holdAnalyses()
    defer { watchdog.cancel() }
    // The CV now evidences Kubernetes, and two lines go in above the requirements.
    await session.insert("- Ran Kubernetes clusters in production\n", at: 4, of: "cv.md", version: 2)
    await session.gate.workHeld()
    await session.insert("We ship daily.\n\n", at: 1, of: "jd.md", version: 2)

    let during = try await session.hover(line: 6, character: 4)
    let answeredWhileHeld = session.gate.isClosed
    #expect(answeredWhileHeld)
    #expect(during["contents"] == before["contents"])
    #expect(during["range"]?["start"]?["line"]?.intValue == 6)
    // The inserted line did not exist for that analysis.
    #expect(try await session.hover(line: 1, character: 2) == .null)

    session.gate.open()
    _ = await session.server.latestAnalysis(session.root)
    let after = try await session.hover(line: 6, character: 4)
    #expect(after["contents"]?["value"]?.stringValue?.contains("claimed in the CV") == true)
}

@Test func symbolsAndTheIgnoreActionWhileANewerAnalysisIsStillRunningPointAtTheBuffersLines() async throws {
    let session = try await GatedSession()
    _ = try await session.hover(line: 4, character: 4)
    let watchdog = session.holdAnalyses()
    defer { watchdog.cancel() }
    await session.insert("We ship daily.\n\n", at: 1, of: "jd.md", version: 2)
    await session.gate.workHeld()

    let symbols = try await session.server.handle(Request(id: .int(2), method: "textDocument/documentSymbol", params: [
        "textDocument": ["uri": .string(session.uri("jd.md"))],
    ]))
    let kubernetes = symbols.arrayValue?.first { $0["name"]?.stringValue?.hasPrefix("Production experience running Kubernetes") == true }
    #expect(kubernetes?["location"]?["range"]?["start"]?["line"]?.intValue == 6)

    let cursor: JSON = ["line": 6, "character": 3]
    let actions = try await session.server.handle(Request(id: .int(3), method: "textDocument/codeAction", params: [
        "textDocument": ["uri": .string(session.uri("jd.md"))], "range": ["start": cursor, "end": cursor],
        "context": ["diagnostics": []],
    ]))
    let ignore = actions.arrayValue?.first { $0["title"]?.stringValue == "Ignore this requirement" }
    let edit = ignore?["edit"]?["changes"]?[session.uri("jd.md")]?.arrayValue?.first
    #expect(edit?["range"]?["start"]?["line"]?.intValue == 6)
    #expect(session.gate.isClosed)
    session.gate.open()
}
