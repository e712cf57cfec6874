import CSQLite
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One SQLite connection. Every call blocks the calling thread; use it from one thread or queue at a time.
public final class SQLiteDatabase {
    let handle: OpaquePointer
    /// The file the connection was opened on.
    public let path: String

    /// Opens (creating if needed) the database at `path`; a new file gets mode 0600 before SQLite touches it.
    /// `":memory:"` opens a private in-memory database.
    public init(path: String, busyTimeoutMilliseconds: Int32 = 5_000) throws {
        if path != ":memory:" { try SQLiteDatabase.createPrivateFile(at: path) }
        var connection: OpaquePointer?
        // NOFOLLOW: a database file that is a symbolic link is refused, never written through.
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX | SQLITE_OPEN_NOFOLLOW
        let status = sqlite3_open_v2(path, &connection, flags, nil)
        guard status == SQLITE_OK, let connection else {
            let message = connection.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open \(path)"
            sqlite3_close_v2(connection)
            throw SQLiteError(code: status, message: message)
        }
        handle = connection
        self.path = path
        sqlite3_extended_result_codes(handle, 1)
        sqlite3_busy_timeout(handle, busyTimeoutMilliseconds)
    }

    deinit {
        sqlite3_close_v2(handle)
    }

    /// Runs one or more statements that return no rows of interest.
    public func execute(_ sql: String) throws {
        var errorMessage: UnsafeMutablePointer<CChar>?
        let status = sqlite3_exec(handle, sql, nil, nil, &errorMessage)
        if status != SQLITE_OK {
            let message = errorMessage.map { String(cString: $0) } ?? lastErrorMessage
            sqlite3_free(errorMessage)
            throw SQLiteError(code: status, message: message)
        }
    }

    /// Compiles one statement.
    public func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        let status = sqlite3_prepare_v3(handle, sql, -1, 0, &statement, nil)
        guard status == SQLITE_OK, let statement else {
            throw SQLiteError(code: status, message: lastErrorMessage)
        }
        return SQLiteStatement(handle: statement, database: self)
    }

    /// Runs `body` in an immediate transaction: committed when it returns, rolled back when it throws.
    public func transaction<T>(_ body: () throws -> T) throws -> T {
        // IMMEDIATE takes the write lock up front, so a concurrent writer waits on busy_timeout instead of failing mid-way.
        try execute("BEGIN IMMEDIATE")
        do {
            let result = try body()
            try execute("COMMIT")
            return result
        } catch {
            try? execute("ROLLBACK")
            throw error
        }
    }

    /// The first column of the first row of `sql` as text, nil when there is no row.
    public func scalarText(_ sql: String) throws -> String? {
        let statement = try prepare(sql)
        guard try statement.step() else { return nil }
        return statement.optionalString(at: 0)
    }

    var lastErrorMessage: String { String(cString: sqlite3_errmsg(handle)) }

    func error(_ status: Int32) -> SQLiteError {
        SQLiteError(code: status, message: lastErrorMessage)
    }

    /// Creates `path` with mode 0600 if missing, and tightens the mode of an existing file; never through a link.
    static func createPrivateFile(at path: String) throws {
        let descriptor = open(path, O_CREAT | O_RDWR | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else {
            let code = errno
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "cannot create \(path): \(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        // SQLite gives the -wal and -shm files the main file's mode, so this one chmod covers all three.
        guard fchmod(descriptor, 0o600) == 0 else {
            let code = errno
            throw SQLiteError(code: SQLITE_CANTOPEN, message: "cannot chmod \(path): \(String(cString: strerror(code)))")
        }
    }
}
