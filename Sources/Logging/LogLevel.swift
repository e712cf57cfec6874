/// How much the program writes to stderr.
public enum LogLevel: Int, Sendable, Comparable, CaseIterable {
    case error = 0
    case warn
    case info
    case debug

    /// Reads `error|warn|info|debug` (also `warning`), case-insensitively.
    public init?(name: String) {
        switch name.lowercased() {
        case "error": self = .error
        case "warn", "warning": self = .warn
        case "info": self = .info
        case "debug": self = .debug
        default: return nil
        }
    }

    public var name: String {
        switch self {
        case .error: "error"
        case .warn: "warn"
        case .info: "info"
        case .debug: "debug"
        }
    }

    public static func < (lhs: LogLevel, rhs: LogLevel) -> Bool { lhs.rawValue < rhs.rawValue }
}
