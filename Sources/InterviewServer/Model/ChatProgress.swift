import FoundationEssentials
import JSON
import JSONRPC
import LanguageServerProtocol
import Synchronization

/// Work-done progress for a streamed chat answer: `begin`, then `report`s carrying the answer so far, then `end`.
/// The text it is given is already fit to show (`GroundedChat` holds back unchecked citation markers).
///
/// Uses the request's `workDoneToken` when the client sent one, else creates a token with
/// `window/workDoneProgress/create` when the client supports work-done progress; otherwise there is none.
final class ChatProgress: Sendable {
    private struct State {
        var text = ""
        var sent = ""
        var lastReport: ContinuousClock.Instant?
        var ended = false
    }

    /// Reports at most this often; the first piece of text goes out at once.
    static let interval: Duration = .milliseconds(40)

    private let connection: Connection
    private let token: JSON
    private let state = Mutex(State())

    private init(connection: Connection, token: JSON) {
        self.connection = connection
        self.token = token
    }

    /// Begins progress titled `title`, or returns nil when the client cannot show it.
    static func begin(connection: Connection, clientToken: JSON?, clientSupportsProgress: Bool,
                      title: String, message: String) async -> ChatProgress? {
        var token = clientToken?.nonNull
        if token == nil, clientSupportsProgress {
            let created = JSON.string("interview-chat-\(UUID().uuidString)")
            do {
                _ = try await connection.request("window/workDoneProgress/create", params: ["token": created])
                token = created
            } catch {
                return nil
            }
        }
        guard let token else { return nil }
        let progress = ChatProgress(connection: connection, token: token)
        progress.send(["kind": "begin", "title": .string(title), "cancellable": false, "message": .string(message)])
        return progress
    }

    /// Takes the answer so far (as it may be shown); it is reported when the interval has passed.
    func update(_ answerSoFar: String) {
        let now = ContinuousClock.now
        let partial = state.withLock { state -> String? in
            guard !state.ended else { return nil }
            state.text = answerSoFar
            if let last = state.lastReport, last.duration(to: now) < Self.interval { return nil }
            state.lastReport = now
            state.sent = state.text
            return state.text
        }
        if let partial { report(partial) }
    }

    /// Reports the answer so far if it was not yet reported, then ends the progress with `message`.
    func end(_ message: String) {
        let rest = state.withLock { state -> String?? in
            guard !state.ended else { return .none }
            state.ended = true
            return state.text != state.sent ? .some(state.text) : .some(nil)
        }
        guard let rest else { return }
        if let partial = rest { report(partial) }
        send(["kind": "end", "message": .string(message)])
    }

    private func report(_ partial: String) {
        send(["kind": "report", "message": .string(partial)])
    }

    private func send(_ value: JSON) {
        connection.send(Notification(method: "$/progress", params: ["token": token, "value": value]))
    }
}
