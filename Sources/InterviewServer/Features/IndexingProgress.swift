import JSON
import JSONRPC
import LanguageServerProtocol
import Synchronization

/// Work-done progress (`$/progress`) for indexing a large session, under a token created with
/// `window/workDoneProgress/create`. Indexing never waits for the client: values are held until the client
/// accepts the token, then sent in order; a refused token drops them.
final class IndexingProgress: Sendable {
    private enum Phase {
        case waiting([WorkDoneProgress])
        case active
        case refused
    }

    private static let tokens = Atomic<Int>(0)

    private let connection: Connection
    private let token: String
    private let phase = Mutex(Phase.waiting([]))
    private let lastPercentage = Mutex<Int?>(nil)

    private init(connection: Connection, token: String) {
        self.connection = connection
        self.token = token
    }

    /// Asks the client for a token and queues `begin`.
    static func start(connection: Connection, title: String, message: String) -> IndexingProgress {
        let token = "interview-index-\(tokens.add(1, ordering: .relaxed).newValue)"
        let progress = IndexingProgress(connection: connection, token: token)
        progress.send(.begin(title: title, message: message, percentage: 0))
        Task {
            do {
                _ = try await connection.request("window/workDoneProgress/create", params: ["token": .string(token)])
                progress.accepted(true)
            } catch {
                progress.accepted(false)
            }
        }
        return progress
    }

    /// Reports documents written so far, when the percentage moved.
    func report(completed: Int, total: Int) {
        let percentage = total > 0 ? min(100, completed * 100 / total) : 100
        let changed = lastPercentage.withLock { last in
            defer { last = percentage }
            return last != percentage
        }
        if changed { send(.report(message: "\(completed)/\(total) documents", percentage: percentage)) }
    }

    func end(message: String) {
        send(.end(message: message))
    }

    private func accepted(_ accepted: Bool) {
        phase.withLock { phase in
            guard case .waiting(let held) = phase else { return }
            if accepted { held.forEach(notify) }
            phase = accepted ? .active : .refused
        }
    }

    private func send(_ value: WorkDoneProgress) {
        // Under the lock, so that held values and new ones go out in order.
        phase.withLock { phase in
            switch phase {
            case .waiting(var held):
                held.append(value)
                phase = .waiting(held)
            case .active:
                notify(value)
            case .refused:
                break
            }
        }
    }

    private func notify(_ value: WorkDoneProgress) {
        connection.send(Notification(method: "$/progress", params: value.params(token: token)))
    }
}
