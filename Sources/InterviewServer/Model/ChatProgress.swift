import JSON
import JSONRPC
import Synchronization

/// A streamed chat answer as work-done progress: `begin`, then `report`s carrying the answer so far (at most
/// one per `interval`), then `end`. The text it is given is already fit to show (`GroundedChat` holds back
/// unchecked citation markers). The token and its creation are `ProgressReporter`'s.
final class ChatProgress: Sendable {
    private struct State {
        var text = ""
        var sent = ""
        var lastReport: ContinuousClock.Instant?
        var ended = false
    }

    /// Reports at most this often; the first piece of text goes out at once.
    static let interval: Duration = .milliseconds(40)

    private let reporter: ProgressReporter
    private let state = Mutex(State())

    private init(reporter: ProgressReporter) {
        self.reporter = reporter
    }

    /// Begins progress titled `title` under the request's `workDoneToken` or a created one, or returns nil
    /// when the client cannot show it.
    static func begin(connection: Connection, clientToken: JSON?, clientSupportsProgress: Bool,
                      title: String, message: String) -> ChatProgress? {
        ProgressReporter.begin(connection: connection, clientToken: clientToken, clientSupportsProgress: clientSupportsProgress,
                               purpose: "chat", title: title, message: message)
            .map(ChatProgress.init(reporter:))
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
        if let partial { reporter.report(message: partial) }
    }

    /// Reports the answer so far if it was not yet reported, then ends the progress with `message`.
    func end(_ message: String) {
        let rest = state.withLock { state -> String?? in
            guard !state.ended else { return .none }
            state.ended = true
            return state.text != state.sent ? .some(state.text) : .some(nil)
        }
        guard let rest else { return }
        if let partial = rest { reporter.report(message: partial) }
        reporter.end(message: message)
    }
}
