import Analysis
import Foundation
@testable import InterviewServer
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import SessionSupport
import Synchronization
import Testing

private let jd = """
# Platform Engineer

## Requirements

- Production experience running Kubernetes

"""

private func sessionFolder(_ files: [String: String]) throws -> String {
    var template = Array((NSTemporaryDirectory() + "/folder-read-XXXXXX").utf8CString)
    guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
    let root = String(cString: created)
    for (name, text) in files { try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8) }
    return root
}

private func didOpen(_ path: String, _ text: String) -> JSONRPC.Notification {
    Notification(method: "textDocument/didOpen", params: ["textDocument": [
        "uri": .string(DocumentURI(path: path).string), "languageId": "markdown", "version": 1, "text": .string(text),
    ]])
}

private func hover(_ path: String, line: Int, character: Int) -> Request {
    Request(id: .int(1), method: "textDocument/hover", params: [
        "textDocument": ["uri": .string(DocumentURI(path: path).string)],
        "position": ["line": .int(line), "character": .int(character)],
    ])
}

@Test func aHoverAnswersWhileAnotherSessionsFolderIsStillBeingReadFromDisk() async throws {
    let first = try sessionFolder(["jd.md": jd, "cv.md": "# Dana Whitfield\n"])
    let second = try sessionFolder(["jd.md": jd])
    let gate = WorkGate()
    // Diagnostics are not read here: the server writes them to /dev/null.
    let server = InterviewLanguageServer(
        connection: Connection(input: -1, output: open("/dev/null", O_WRONLY)), logger: Logger(level: .error),
        analyzer: { InterviewLanguageServer.analyze($0, skills: $1) },
        folderReader: { directory, userLayer in
            if directory == second { gate.pass() }
            return FolderContents.read(directory, userLayer: userLayer)
        })
    _ = try await server.initialize(InitializeParams(initializationOptions: ["interview": ["debounceMs": 0]]))
    await server.handle(didOpen(first + "/jd.md", jd))
    let before = try await server.handle(hover(first + "/jd.md", line: 4, character: 4))
    #expect(before["contents"]?["value"]?.stringValue?.contains("unmet") == true)

    gate.close()
    // Against a server that reads on its actor: the hover then waits for this, and the test fails rather than hangs.
    let watchdog = Task {
        try await Task.sleep(for: .seconds(10))
        gate.open()
    }
    defer { watchdog.cancel() }
    let opening = Task { await server.handle(didOpen(second + "/jd.md", jd)) }
    await gate.workHeld()

    let during = try await server.handle(hover(first + "/jd.md", line: 4, character: 4))
    let answeredWhileHeld = gate.isClosed
    #expect(answeredWhileHeld)
    #expect(during == before)

    gate.open()
    await opening.value
    #expect(await server.latestAnalysis(second) != nil)
}

/// Two documents of one folder opened at once: each open reads the folder, the CV changes on disk between the two
/// reads, and the reads finish in either order. Whichever finishes last, the session has the CV as it is now.
@Test(arguments: [true, false])
func theNewerOfTwoFolderReadsWinsWhicheverFinishesLast(olderFinishesLast: Bool) async throws {
    let root = try sessionFolder(["jd.md": jd, "cv.md": "# Dana Whitfield\n", "notes.md": "# Notes\n"])
    let (older, newer) = (WorkGate(), WorkGate())
    let reads = Mutex(0)
    let server = InterviewLanguageServer(
        connection: Connection(input: -1, output: open("/dev/null", O_WRONLY)), logger: Logger(level: .error),
        analyzer: { InterviewLanguageServer.analyze($0, skills: $1) },
        folderReader: { directory, userLayer in
            // Each read is held after reading: it returns the folder as it was when it read it.
            let contents = FolderContents.read(directory, userLayer: userLayer)
            let read = reads.withLock { count in
                count += 1
                return count
            }
            if read == 1 { older.pass() } else if read == 2 { newer.pass() }
            return contents
        })
    _ = try await server.initialize(InitializeParams(initializationOptions: ["interview": ["debounceMs": 0]]))
    older.close()
    newer.close()
    let watchdog = Task {
        try await Task.sleep(for: .seconds(10))
        older.open()
        newer.open()
    }
    defer { watchdog.cancel() }

    let openingJD = Task { await server.handle(didOpen(root + "/jd.md", jd)) }
    await older.workHeld()
    try "# Dana Whitfield\n\n## Skills\n\nKubernetes\n".write(toFile: root + "/cv.md", atomically: true, encoding: .utf8)
    let openingNotes = Task { await server.handle(didOpen(root + "/notes.md", "# Notes\n")) }
    await newer.workHeld()
    let (first, last) = olderFinishesLast ? (newer, older) : (older, newer)
    let (firstOpen, lastOpen) = olderFinishesLast ? (openingNotes, openingJD) : (openingJD, openingNotes)
    first.open()
    await firstOpen.value
    last.open()
    await lastOpen.value

    let analysis = try #require(await server.latestAnalysis(root))
    #expect(analysis.session.documents.first { $0.path == "cv.md" }?.text.text.contains("Kubernetes") == true)
    #expect(analysis.assessments.map(\.status) == [.claimed])
}
