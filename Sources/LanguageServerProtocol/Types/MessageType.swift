/// The kind of a `window/showMessage` or `window/logMessage`.
public enum MessageType: Int, Sendable, Hashable {
    case error = 1
    case warning = 2
    case info = 3
    case log = 4
}
