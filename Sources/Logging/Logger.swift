#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes leveled log lines to stderr; stdout is reserved for the protocol.
public final class Logger: Sendable {
    /// The process-wide logger, its level taken from `INTERVIEW_LSP_LOG` (default warn).
    public static let shared = Logger(level: getenv("INTERVIEW_LSP_LOG").flatMap { LogLevel(name: String(cString: $0)) } ?? .warn)

    private let currentLevel: Mutex<LogLevel>
    /// Set only from the environment: a settings change does not override an explicit `INTERVIEW_LSP_LOG`.
    public let levelFromEnvironment: Bool

    /// A logger writing at `level` and above.
    public init(level: LogLevel) {
        currentLevel = Mutex(level)
        levelFromEnvironment = getenv("INTERVIEW_LSP_LOG") != nil
    }

    /// The most verbose level written.
    public var level: LogLevel {
        get { currentLevel.withLock { $0 } }
        set { currentLevel.withLock { $0 = newValue } }
    }

    /// True when messages at `level` are written.
    public func isEnabled(_ level: LogLevel) -> Bool { level <= self.level }

    /// Logs at the named level; the message is built only when that level is enabled.
    public func error(_ message: @autoclosure () -> String) { log(.error, message()) }
    public func warn(_ message: @autoclosure () -> String) { log(.warn, message()) }
    public func info(_ message: @autoclosure () -> String) { log(.info, message()) }
    public func debug(_ message: @autoclosure () -> String) { log(.debug, message()) }

    /// Logs `message` at `level`.
    public func log(_ level: LogLevel, _ message: @autoclosure () -> String) {
        guard isEnabled(level) else { return }
        // Log lines name folders and files someone else named: their control characters are made visible.
        let bytes = Array("interview-lsp [\(level.name)] \(TerminalText.sanitized(message()))\n".utf8)
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(2, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }
}
