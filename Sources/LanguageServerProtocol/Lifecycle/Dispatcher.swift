import JSON
import JSONRPC
import Logging
import Synchronization

/// Feeds a connection's messages to a server, enforcing the LSP lifecycle.
///
/// Notifications, `initialize` and `shutdown` are handled one at a time in arrival order; other requests
/// start in arrival order but run concurrently, so a slow request never holds back text synchronization.
public final class Dispatcher<Server: LanguageServer>: Sendable {
    private let connection: Connection
    private let server: Server
    private let log: Logger
    private let running = Mutex<[RequestID: Task<Void, Never>]>([:])

    /// A dispatcher serving `server` over `connection`.
    public init(connection: Connection, server: Server, logger: Logger = .shared) {
        self.connection = connection
        self.server = server
        log = logger
    }

    /// Serves until `exit` or end of input and returns the process exit code (0 only after shutdown).
    public func run() async -> Int32 {
        var lifecycle = LifecycleState()
        connection.start()
        for await item in connection.incoming {
            switch item {
            case .parseError(let message):
                log.warn(message)
                connection.send(Response(id: nil, result: .failure(.parseError(message))))
            case .invalid(let invalid):
                log.warn("invalid message: \(invalid.error.message)")
                connection.send(Response(id: invalid.id, result: .failure(invalid.error)))
            case .message(.request(let request)):
                await dispatch(request, lifecycle: &lifecycle)
            case .message(.notification(let notification)):
                if notification.method == "exit" { return lifecycle.exitCode }
                if notification.method == "$/cancelRequest" {
                    if let id = notification.params?["id"].flatMap(RequestID.init(json:)) {
                        // The tracker already holds the cancellation; this lets a running handler notice it.
                        running.withLock { $0[id] }?.cancel()
                    } else {
                        log.warn("$/cancelRequest without an integer or string id")
                    }
                }
                await dispatch(notification, lifecycle: lifecycle)
            case .message(.response):
                break
            }
        }
        return lifecycle.exitCode
    }

    private func dispatch(_ request: Request, lifecycle: inout LifecycleState) async {
        log.debug("request \(request.method) \(request.id)")
        if case .reject(let error) = lifecycle.admitRequest(request.method) {
            reply(request.id, .failure(error))
            return
        }
        if connection.tracker.isCancelled(request.id) {
            reply(request.id, .failure(.requestCancelled))
            return
        }
        switch request.method {
        case "initialize":
            do throws(ResponseError) {
                guard let json = request.params else { throw .invalidParams("initialize needs params") }
                let params = try InitializeParams(json: json)
                let result = try await server.initialize(params)
                lifecycle.didInitialize()
                reply(request.id, .success(result.json))
            } catch {
                reply(request.id, .failure(error))
            }
        case "shutdown":
            await server.shutdown()
            lifecycle.didShutDown()
            reply(request.id, .success(.null))
        default:
            start(request)
        }
    }

    private func start(_ request: Request) {
        let server = self.server
        // Registered under the lock before the task can finish and remove itself.
        running.withLock { tasks in
            tasks[request.id] = Task {
                let result: Result<JSON, ResponseError>
                do throws(ResponseError) {
                    result = .success(try await server.handle(request))
                } catch {
                    result = .failure(error)
                }
                self.reply(request.id, result)
                _ = self.running.withLock { $0.removeValue(forKey: request.id) }
            }
        }
    }

    private func dispatch(_ notification: Notification, lifecycle: LifecycleState) async {
        guard lifecycle.admitNotification(notification.method) == .handle else {
            log.debug("dropped \(notification.method) outside the running phase")
            return
        }
        if notification.method == "$/cancelRequest" { return }
        await server.handle(notification)
    }

    /// Answers -32800 instead when the client cancelled the request while it ran.
    private func reply(_ id: RequestID, _ result: Result<JSON, ResponseError>) {
        let cancelled = connection.tracker.finish(id)
        connection.send(Response(id: id, result: cancelled ? .failure(.requestCancelled) : result))
    }
}
