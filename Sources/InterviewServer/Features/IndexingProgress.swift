import JSON
import LanguageServerProtocol
import Synchronization

/// Work-done progress (`$/progress`) for indexing a large session, after `window/workDoneProgress/create`.
final class IndexingProgress: Sendable {
    private static let tokens = Atomic<Int>(0)

    private let connection: Connection
    private let token: String
    private let lastPercentage = Mutex<Int?>(nil)

    private init(connection: Connection, token: String) {
        self.connection = connection
        self.token = token
    }

    /// Creates the token with the client and sends `begin`; nil when the client refuses the token.
    static func begin(connection: Connection, title: String, message: String) async -> IndexingProgress? {
        let token = "interview-index-\(tokens.add(1, ordering: .relaxed).newValue)"
        do {
            _ = try await connection.request("window/workDoneProgress/create", params: ["token": .string(token)])
        } catch {
            return nil
        }
        let progress = IndexingProgress(connection: connection, token: token)
        progress.send(.begin(title: title, message: message, percentage: 0))
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

    private func send(_ value: WorkDoneProgress) {
        connection.send(Notification(method: "$/progress", params: value.params(token: token)))
    }
}
