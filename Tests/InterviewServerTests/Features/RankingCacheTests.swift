import Analysis
import Foundation
@testable import InterviewServer
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import Synchronization
import Testing

private let jd = "# Backend Engineer\n\n## Requirements\n\n- Python\n- PostgreSQL\n"

private func roleFolder() throws -> String {
    var template = Array((NSTemporaryDirectory() + "/ranking-cache-XXXXXX").utf8CString)
    guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    let root = String(cString: created)
    try jd.write(toFile: root + "/jd.md", atomically: true, encoding: .utf8)
    for candidate in ["ada", "ben"] {
        try FileManager.default.createDirectory(atPath: root + "/" + candidate, withIntermediateDirectories: false)
        try "## Skills\n\nPython\n".write(toFile: root + "/\(candidate)/cv.md", atomically: true, encoding: .utf8)
    }
    return root
}

/// Editors ask for code lenses on every refresh: a role's ranking is computed once per analysis, not per request.
@Test func codeLensesOnARolesJDRankItsCandidatesOncePerAnalysis() async throws {
    let root = try roleFolder()
    defer { try? FileManager.default.removeItem(atPath: root) }
    let analyses = Mutex(0)
    let server = InterviewLanguageServer(
        connection: Connection(input: -1, output: open("/dev/null", O_WRONLY)), logger: Logger(level: .error),
        analyzer: { session, skills in
            analyses.withLock { $0 += 1 }
            return InterviewLanguageServer.analyze(session, skills: skills)
        })
    _ = try await server.initialize(InitializeParams(initializationOptions: ["interview": ["debounceMs": 0]]))
    let uri = DocumentURI(path: root + "/jd.md").string
    await server.handle(Notification(method: "textDocument/didOpen", params: ["textDocument": [
        "uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(jd),
    ]]))
    #expect(await server.latestAnalysis(root) != nil)
    let before = analyses.withLock { $0 }

    for id in 1...5 {
        let lenses = try await server.handle(Request(id: .int(id), method: "textDocument/codeLens", params: ["textDocument": ["uri": .string(uri)]]))
        #expect(lenses.arrayValue?.contains { $0["command"]?["title"]?.stringValue?.hasPrefix("2 candidates") == true } == true)
    }

    // The analysis analysed each candidate once with the role's JD already: ranking them analyses nothing again.
    #expect(analyses.withLock { $0 } - before == 0)
}
