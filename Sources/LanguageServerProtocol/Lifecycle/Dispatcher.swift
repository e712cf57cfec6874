import JSON

/// Feeds a connection's messages to a server in arrival order, enforcing the LSP lifecycle.
public final class Dispatcher<Server: LanguageServer>: Sendable {
    private let connection: Connection
    private let server: Server
    private let log: Logger

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
        let result: Result<JSON, ResponseError>
        do throws(ResponseError) {
            switch request.method {
            case "initialize":
                let params = try InitializeParams(json: request.params ?? [:])
                result = .success(try await server.initialize(params).json)
                lifecycle.didInitialize()
            case "shutdown":
                await server.shutdown()
                lifecycle.didShutDown()
                result = .success(.null)
            default:
                result = .success(try await server.handle(request))
            }
        } catch {
            result = .failure(error)
        }
        reply(request.id, result)
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
