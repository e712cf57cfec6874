#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import InterviewServer
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import Synchronization

/// The JSON-RPC notification, not Foundation's.
typealias RPCNotification = JSONRPC.Notification

/// The real server and dispatcher, run inside the test process and driven as an editor would over two pipes.
///
/// The client side is a second `Connection` on the other ends of the pipes, so requests, responses and
/// notifications are framed and parsed exactly as in production.
final class InProcessServer: Sendable {
    let client: Connection
    private let serverRun: Task<Int32, Never>
    private let received = Inbox()
    private let clientReader: Task<Void, Never>
    /// Descriptors to close when the test ends: client→server write end, server→client read end.
    private let clientDescriptors: (write: Int32, read: Int32)

    /// Starts a server; `answers` gives the client's reply to each server→client request by method.
    init(answers: @escaping @Sendable (String, JSON?) -> JSON = { _, _ in .null }) throws {
        var toServer: [Int32] = [0, 0]
        var toClient: [Int32] = [0, 0]
        guard pipe(&toServer) == 0, pipe(&toClient) == 0 else { throw POSIXError(.EMFILE) }
        let quiet = Logger(level: .error)
        let serverConnection = Connection(input: toServer[0], output: toClient[1], logger: quiet)
        let server = InterviewLanguageServer(connection: serverConnection, logger: quiet)
        serverRun = Task { await Dispatcher(connection: serverConnection, server: server, logger: quiet).run() }
        let client = Connection(input: toClient[0], output: toServer[1], logger: quiet)
        self.client = client
        clientDescriptors = (toServer[1], toClient[0])
        client.start()
        let received = self.received
        clientReader = Task {
            for await item in client.incoming {
                guard case .message(let message) = item else { continue }
                switch message {
                case .notification(let notification):
                    received.items.withLock { $0.append(notification) }
                case .request(let request):
                    client.send(Response(id: request.id, result: .success(answers(request.method, request.params))))
                case .response:
                    break
                }
            }
        }
    }

    /// `initialize` + `initialized` with `capabilities` and `initializationOptions`.
    @discardableResult
    func initialize(rootPath: String, capabilities: JSON = [:], options: JSON? = nil) async throws -> JSON {
        var params: [String: JSON] = ["processId": .null, "rootUri": .string(DocumentURI(path: rootPath).string), "capabilities": capabilities]
        if let options { params["initializationOptions"] = options }
        let result = try await client.request("initialize", params: .object(params))
        client.send(RPCNotification(method: "initialized", params: [:]))
        return result
    }

    /// Opens the file at `path` with its text on disk, as an editor does.
    func open(_ path: String) throws {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        client.send(RPCNotification(method: "textDocument/didOpen", params: ["textDocument": [
            "uri": .string(DocumentURI(path: path).string), "languageId": "markdown", "version": 1, "text": .string(text),
        ]]))
    }

    /// Sends a request and returns its result.
    func request(_ method: String, _ params: JSON) async throws -> JSON {
        try await client.request(method, params: params)
    }

    /// Sends a notification.
    func notify(_ method: String, _ params: JSON) {
        client.send(RPCNotification(method: method, params: params))
    }

    /// The newest diagnostics published for `path` that satisfy `accept`, waiting up to `seconds` for them.
    func diagnostics(for path: String, within seconds: Double = 10, where accept: ([JSON]) -> Bool = { !$0.isEmpty }) async -> [JSON]? {
        let uri = DocumentURI(path: path).string
        let deadline = ContinuousClock.now + .seconds(seconds)
        while ContinuousClock.now < deadline {
            let latest = received.items.withLock { notifications in
                notifications.last { $0.method == "textDocument/publishDiagnostics" && $0.params?["uri"]?.stringValue == uri }
            }
            if let list = latest?.params?["diagnostics"]?.arrayValue, accept(list) { return list }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return nil
    }

    /// Every notification of `method` received so far.
    func notifications(_ method: String) -> [RPCNotification] {
        received.items.withLock { $0.filter { $0.method == method } }
    }

    /// `shutdown` then `exit`; returns the server's exit code.
    func stop() async throws -> Int32 {
        _ = try await client.request("shutdown", params: nil)
        return await exit()
    }

    /// `exit` alone, as a client that crashed mid-session might; returns the server's exit code.
    func stopWithoutShutdown() async -> Int32 {
        await exit()
    }

    private func exit() async -> Int32 {
        client.send(RPCNotification(method: "exit", params: nil))
        let code = await serverRun.value
        close(clientDescriptors.write)
        close(clientDescriptors.read)
        clientReader.cancel()
        return code
    }
}

/// Notifications the client received, shared with the reader task.
private final class Inbox: Sendable {
    let items = Mutex<[RPCNotification]>([])
}
