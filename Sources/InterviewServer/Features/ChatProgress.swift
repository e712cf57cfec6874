import JSON
import LanguageServerProtocol
import Synchronization

/// Partial answer text as `$/progress` under the client's `workDoneToken`.
final class ChatProgress: Sendable {
    private let connection: Connection
    private let token: JSON
    private let text = Mutex("")

    init(connection: Connection, token: JSON) {
        self.connection = connection
        self.token = token
    }

    func begin() {
        send(.begin(title: "Answering", message: nil, percentage: nil))
    }

    /// Adds a streamed piece and reports the whole answer so far.
    func append(_ delta: String) {
        let sofar = text.withLock { text in
            text += delta
            return text
        }
        send(.report(message: sofar, percentage: nil))
    }

    func end() {
        send(.end(message: nil))
    }

    private func send(_ value: WorkDoneProgress) {
        connection.send(Notification(method: "$/progress", params: value.params(token: token)))
    }
}
