import JSON
import JSONRPC
import LanguageServerProtocol
import Synchronization

/// Work-done progress (`$/progress`) under one token: `begin`, `report`s, then `end`; used by indexing and chat.
///
/// Uses the request's `workDoneToken` when the client sent one. Otherwise, when the client supports
/// work-done progress, it creates a token with `window/workDoneProgress/create` without waiting for the
/// client: values are held until the client accepts the token, then sent in order; a refused token drops them.
/// Without either there is no progress. Values after `end` are dropped.
final class ProgressReporter: Sendable {
    private enum Phase {
        case waiting([WorkDoneProgress])
        case active
        case refused
    }

    private struct State {
        var phase: Phase
        var ended = false
        /// The percentage of the last counted report, so that one which did not move is skipped.
        var lastPercentage: Int?
    }

    private static let tokens = Atomic<Int>(0)

    private let connection: Connection
    private let token: JSON
    private let state: Mutex<State>

    private init(connection: Connection, token: JSON, phase: Phase) {
        self.connection = connection
        self.token = token
        state = Mutex(State(phase: phase))
    }

    /// Begins progress titled `title` under the client's token or a created one named after `purpose`;
    /// nil when the client sent no token and does not support work-done progress.
    static func begin(connection: Connection, clientToken: JSON? = nil, clientSupportsProgress: Bool,
                      purpose: String, title: String, message: String?, percentage: Int? = nil) -> ProgressReporter? {
        let progress: ProgressReporter
        if let clientToken = clientToken?.nonNull {
            progress = ProgressReporter(connection: connection, token: clientToken, phase: .active)
        } else if clientSupportsProgress {
            let token = JSON.string("interview-\(purpose)-\(tokens.add(1, ordering: .relaxed).newValue)")
            progress = ProgressReporter(connection: connection, token: token, phase: .waiting([]))
            Task {
                do {
                    _ = try await connection.request("window/workDoneProgress/create", params: ["token": token])
                    progress.accepted(true)
                } catch {
                    progress.accepted(false)
                }
            }
        } else {
            return nil
        }
        progress.send(.begin(title: title, message: message, percentage: percentage))
        return progress
    }

    /// Reports `message` (and `percentage`, 0–100, when known).
    func report(message: String?, percentage: Int? = nil) {
        send(.report(message: message, percentage: percentage))
    }

    /// Reports `completed` of `total` `items`, only when the whole percentage moved.
    func report(completed: Int, of total: Int, items: String) {
        let percentage = total > 0 ? min(100, completed * 100 / total) : 100
        let moved = state.withLock { state in
            defer { state.lastPercentage = percentage }
            return state.lastPercentage != percentage
        }
        if moved { report(message: "\(completed)/\(total) \(items)", percentage: percentage) }
    }

    /// Ends the progress with `message`; later values are dropped.
    func end(message: String?) {
        send(.end(message: message))
    }

    private func accepted(_ accepted: Bool) {
        state.withLock { state in
            guard case .waiting(let held) = state.phase else { return }
            if accepted { held.forEach(notify) }
            state.phase = accepted ? .active : .refused
        }
    }

    private func send(_ value: WorkDoneProgress) {
        // Under the lock, so that held values and new ones go out in order.
        state.withLock { state in
            guard !state.ended else { return }
            if case .end = value { state.ended = true }
            switch state.phase {
            case .waiting(var held):
                held.append(value)
                state.phase = .waiting(held)
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
