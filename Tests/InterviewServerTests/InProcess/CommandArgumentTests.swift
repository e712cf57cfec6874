import Foundation
import JSON
import JSONRPC
import Testing

/// Commands decode their arguments once, at the edge: a wrong argument is an InvalidParams error that names it
/// and shows what the command needs, instead of being ignored or read as absent.
@Suite struct CommandArgumentTests {
    func executeError(_ command: String, _ argument: JSON) async throws -> ResponseError? {
        let root = try InProcessServerTests.sessionCopy()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try InProcessServer()
        try await server.initialize(rootPath: root)
        try server.open(root + "/jd.md")
        _ = await server.diagnostics(for: root + "/jd.md")
        defer { Task { _ = try? await server.stop() } }
        do {
            _ = try await server.request("workspace/executeCommand", ["command": .string(command), "arguments": [argument]])
            return nil
        } catch let error as ResponseError {
            return error
        }
    }

    @Test func aMistypedShowIsNotReadAsFalse() async throws {
        let error = try #require(await executeError("interview.nextQuestion", ["show": "yes"]))
        #expect(error.code == ResponseError.invalidParams("").code)
        #expect(error.message.contains("'show' must be true or false"), "\(error.message)")
        #expect(error.message.contains("interview.nextQuestion"), "\(error.message)")
    }

    @Test func aQuestionThatIsNotTextNamesTheMemberAndTheUsage() async throws {
        let error = try #require(await executeError("interview.chat", ["question": 5]))
        #expect(error.message.contains("'question' must be a string"), "\(error.message)")
        #expect(error.message.contains("\"question\": <text>"), "\(error.message)")
    }

    @Test func aURIThatIsNotTextIsRefusedNotIgnored() async throws {
        let error = try #require(await executeError("interview.chat", ["question": "What are the gaps?", "uri": 3]))
        #expect(error.message.contains("'uri' must be a string"), "\(error.message)")
    }

    @Test func theServerAnnouncesEveryCommandItRuns() async throws {
        let server = try InProcessServer()
        let result = try await server.initialize(rootPath: FileManager.default.temporaryDirectory.path)
        let commands = result["capabilities"]?["executeCommandProvider"]?["commands"]?.arrayValue?.compactMap(\.stringValue)
        #expect(commands == ["interview.chat", "interview.nextQuestion", "interview.showCoverage", "interview.transcribe", "interview.rank"])
        #expect(result["capabilities"]?["codeActionProvider"]?["codeActionKinds"] == ["quickfix"])
        #expect(result["capabilities"]?["textDocumentSync"]?["change"] == 2)
        _ = try await server.stop()
    }
}
