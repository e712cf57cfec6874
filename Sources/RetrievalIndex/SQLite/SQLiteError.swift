import CSQLite

/// A failed SQLite call: the result code and SQLite's message.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The extended result code (`SQLITE_CORRUPT`, `SQLITE_NOTADB`, ...).
    public var code: Int32
    public var message: String

    public init(code: Int32, message: String) {
        self.code = code
        self.message = message
    }

    /// The primary result code, without the extended bits.
    public var primaryCode: Int32 { code & 0xFF }

    /// True when the file is not a database or its content is damaged: the caller should rebuild it.
    public var isCorruption: Bool { primaryCode == SQLITE_CORRUPT || primaryCode == SQLITE_NOTADB }

    public var description: String { "SQLite error \(code): \(message)" }
}
