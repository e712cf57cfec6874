/// Why a text could not be parsed as JSON, with jansson's position.
public struct JSONError: Error, Sendable, Equatable, CustomStringConvertible {
    /// jansson's message.
    public var message: String
    /// 1-based line of the error, 0 when unknown.
    public var line: Int
    /// 1-based column of the error, 0 when unknown.
    public var column: Int

    public init(message: String, line: Int = 0, column: Int = 0) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        line > 0 ? "\(message) (line \(line), column \(column))" : message
    }
}
