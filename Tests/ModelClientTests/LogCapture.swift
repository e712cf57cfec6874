import ModelClient
import Synchronization

/// Collects the client's log lines so tests can check what would reach stderr.
final class LogCapture: Sendable {
    private let stored = Mutex<[String]>([])

    var logger: ModelLogger {
        ModelLogger { [self] line in stored.withLock { $0.append(line) } }
    }

    var lines: [String] { stored.withLock { $0 } }
}
