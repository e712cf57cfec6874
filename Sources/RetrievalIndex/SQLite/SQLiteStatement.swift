import CSQLiteShims
import CSQLite

/// A compiled statement with typed binding (1-based) and column reading (0-based). Finalized on deinit.
public final class SQLiteStatement {
    let handle: OpaquePointer
    // Held so the connection outlives its statements (sqlite3_close_v2 would otherwise defer the close).
    private let database: SQLiteDatabase

    init(handle: OpaquePointer, database: SQLiteDatabase) {
        self.handle = handle
        self.database = database
    }

    deinit {
        sqlite3_finalize(handle)
    }

    // MARK: Binding

    /// Binds text, or NULL when `value` is nil.
    public func bind(_ value: String?, at index: Int32) throws {
        guard var value else { return try check(sqlite3_bind_null(handle, index)) }
        let status = value.withUTF8 { bytes -> Int32 in
            // An empty buffer may have no base address, and SQLite reads a NULL pointer as SQL NULL.
            guard let base = bytes.baseAddress, bytes.count > 0 else {
                return shim_sqlite3_bind_text_transient(handle, index, "", 0)
            }
            return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                shim_sqlite3_bind_text_transient(handle, index, $0, Int32(bytes.count))
            }
        }
        try check(status)
    }

    /// Binds an integer.
    public func bind(_ value: Int, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, Int64(value)))
    }

    /// Binds an integer.
    public func bind(_ value: Int64, at index: Int32) throws {
        try check(sqlite3_bind_int64(handle, index, value))
    }

    /// Binds a double.
    public func bind(_ value: Double, at index: Int32) throws {
        try check(sqlite3_bind_double(handle, index, value))
    }

    /// Binds a vector as a blob of native-endian Float32 values.
    public func bind(_ vector: [Float], at index: Int32) throws {
        let status = vector.withUnsafeBytes { bytes in
            shim_sqlite3_bind_blob_transient(handle, index, bytes.baseAddress, Int32(bytes.count))
        }
        try check(status)
    }

    // MARK: Stepping

    /// Advances to the next row: true when a row is available, false when the statement is done.
    @discardableResult
    public func step() throws -> Bool {
        let status = sqlite3_step(handle)
        switch status {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw database.error(status)
        }
    }

    /// Makes the statement ready to run again with new bindings.
    public func reset() {
        sqlite3_reset(handle)
        sqlite3_clear_bindings(handle)
    }

    // MARK: Columns

    /// The column as an integer (0 for NULL).
    public func int(at column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    /// The column as a 64-bit integer (0 for NULL).
    public func int64(at column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    /// The column as a double (0 for NULL).
    public func double(at column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    /// The column as text ("" for NULL).
    public func string(at column: Int32) -> String {
        optionalString(at: column) ?? ""
    }

    /// The column as text, nil for NULL.
    public func optionalString(at column: Int32) -> String? {
        guard let text = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(decoding: UnsafeBufferPointer(start: text, count: count), as: UTF8.self)
    }

    /// The column as a vector of Float32 values (empty for NULL or a blob of the wrong size).
    public func floats(at column: Int32) -> [Float] {
        let count = Int(sqlite3_column_bytes(handle, column))
        guard let blob = sqlite3_column_blob(handle, column), count > 0,
              count % MemoryLayout<Float>.size == 0 else { return [] }
        return [Float](unsafeUninitializedCapacity: count / MemoryLayout<Float>.size) { buffer, initialized in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(start: blob, count: count))
            initialized = count / MemoryLayout<Float>.size
        }
    }

    private func check(_ status: Int32) throws {
        guard status == SQLITE_OK else { throw database.error(status) }
    }
}
