import Foundation
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import Testing

/// Foundation has a `Notification` too.
private typealias Notification = JSONRPC.Notification

/// A server that records the notifications it is given and answers every other request with its params.
private actor RecordingServer: LanguageServer {
    private(set) var notifications: [Notification] = []

    func initialize(_ params: InitializeParams) async throws(ResponseError) -> InitializeResult {
        InitializeResult(capabilities: ServerCapabilities(), serverName: "recording", serverVersion: "0")
    }

    func handle(_ request: Request) async throws(ResponseError) -> JSON {
        guard let params = request.params else { throw .invalidParams("params are required") }
        return params
    }

    func handle(_ notification: Notification) async {
        notifications.append(notification)
    }

    func shutdown() async {}
}

/// What a dispatcher did with a scripted client: its exit code and everything it wrote back.
private struct Session {
    var exitCode: Int32
    var responses: [JSON]
    var notifications: [Notification]
}

/// Serves `messages` to a recording server, then ends the input.
private func serve(_ messages: [JSON]) async throws -> Session {
    let input = Pipe()
    let output = Pipe()
    for message in messages { input.fileHandleForWriting.write(Data(FrameEncoder.frame(message))) }
    try input.fileHandleForWriting.close()
    let server = RecordingServer()
    let connection = Connection(input: input.fileHandleForReading.fileDescriptor,
                                output: output.fileHandleForWriting.fileDescriptor, logger: Logger(level: .error))
    let exitCode = await Dispatcher(connection: connection, server: server, logger: Logger(level: .error)).run()
    try output.fileHandleForWriting.close()
    var framer = MessageFramer()
    framer.append(output.fileHandleForReading.readDataToEndOfFile())
    var responses: [JSON] = []
    while case .message(let body) = framer.next() { responses.append(try JSON.parse(body)) }
    return Session(exitCode: exitCode, responses: responses, notifications: await server.notifications)
}

private let initialize: JSON = ["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": ["capabilities": [:]]]

@Test func shutdownWithNullParamsAnswersNullAndExitWithNullParamsSucceeds() async throws {
    let session = try await serve([
        initialize,
        ["jsonrpc": "2.0", "id": 2, "method": "shutdown", "params": nil],
        ["jsonrpc": "2.0", "method": "exit", "params": nil],
        ["jsonrpc": "2.0", "id": 3, "method": "never/answered", "params": [:]],
    ])

    #expect(session.exitCode == 0)
    #expect(session.responses.count == 2)
    #expect(session.responses.last == ["jsonrpc": "2.0", "id": 2, "result": nil])
}

@Test func exitWithNullParamsBeforeShutdownFails() async throws {
    let session = try await serve([
        initialize,
        ["jsonrpc": "2.0", "method": "exit", "params": nil],
        ["jsonrpc": "2.0", "id": 2, "method": "shutdown"],
    ])

    #expect(session.exitCode == 1)
    #expect(session.responses.count == 1)
}

@Test func initializedWithNullParamsReachesTheServerAsOmittedParams() async throws {
    let session = try await serve([
        initialize,
        ["jsonrpc": "2.0", "method": "initialized", "params": nil],
    ])

    #expect(session.notifications == [Notification(method: "initialized")])
    #expect(session.responses.count == 1)
}

@Test func initializeWithNullParamsIsInvalidParams() async throws {
    let session = try await serve([["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": nil]])

    #expect(session.responses.first?["error"]?["code"] == .int(ResponseError.invalidParamsCode))
}
