import Analysis
import Blocking
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import Synchronization

/// A session's local retrieval index: chunks of its documents in SQLite with FTS5 (BM25) and optional vectors.
///
/// Every method blocks on SQLite I/O: call it from a thread or queue of your own, or through `perform(_:)`,
/// never directly from Swift's cooperative pool. Calls are serialized, so one index may be shared.
public final class RetrievalIndex: Sendable {
    /// A sink for operational messages (rebuilds, fallbacks); never stdout, which carries the protocol.
    public typealias Log = @Sendable (String) -> Void

    /// The session folder, absolute and symlink-free; every chunk belongs to it.
    public let sessionRoot: String
    /// The database file in use (the session folder's, the explicit one, or the cache fallback).
    public let databasePath: String
    /// Why the index is not in the session folder, when the user should know: the folder's index file or
    /// `.interview` is a symbolic link, which is never followed. Nil otherwise.
    public let locationNotice: String?

    /// What calls share, touched only under the mutex: that is what serializes them.
    private struct Connection {
        /// Nil only after a failed rebuild.
        var database: SQLiteDatabase?
        /// The vectors of one model, loaded once until the next change.
        var vectorMatrix: VectorMatrix?
    }

    private let connection: Mutex<Connection>
    private let opener: IndexDatabaseOpener
    private let log: Log

    /// Opens (or creates, or rebuilds) the index of the session at `sessionRoot`. Blocking.
    public init(sessionRoot: String, location: IndexLocation = IndexLocation(),
                log: @escaping Log = RetrievalIndex.logToStandardError) throws {
        let root = IndexLocation.absoluteRoot(sessionRoot)
        let opener = IndexDatabaseOpener(root: root, log: log, replacesUntrustedFiles: location.explicitPath == nil)
        let preferred = location.databasePath(forSessionRoot: root)
        let fallback = location.cachePath(forSessionRoot: root)
        var path = preferred
        var notice: String?
        var database: SQLiteDatabase
        do {
            database = try opener.open(at: preferred)
        } catch where location.explicitPath == nil && preferred != fallback {
            // The session folder turned out not to accept the file (read-only mount, permissions, a link).
            log("interview-lsp: cannot use \(preferred) (\(error)); using \(fallback)")
            if error is IndexLinkRefusal { notice = "\(error); the retrieval index of \(root) is kept in \(fallback) instead" }
            path = fallback
            database = try opener.open(at: fallback)
        }
        self.sessionRoot = root
        self.databasePath = path
        self.locationNotice = notice
        self.connection = Mutex(Connection(database: database))
        self.opener = opener
        self.log = log
    }

    /// Writes `message` and a newline to standard error.
    public static let logToStandardError: Log = { message in
        var bytes = Array((message + "\n").utf8)
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    /// Runs `body` through `BlockingWork`, keeping SQLite's blocking I/O off the cooperative pool; calls on
    /// the index are serialized by its mutex.
    public func perform<T: Sendable>(_ body: @escaping @Sendable (RetrievalIndex) throws -> T) async throws -> T {
        try await BlockingWork.run { try body(self) }
    }

    /// Runs `body` with the connection, serialized with every other call.
    func withDatabase<T: Sendable>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        try connection.withLock { connection in try body(try open(&connection)) }
    }

    /// Like `withDatabase`, for calls that change chunks or vectors: the cached vector matrix is dropped.
    func modifyingDatabase<T: Sendable>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        try connection.withLock { connection in
            connection.vectorMatrix = nil
            return try body(try open(&connection))
        }
    }

    /// Like `withDatabase`, with the vectors of `model` with `dimensions` values, loaded once until the next change.
    func withVectors<T: Sendable>(model: String, dimensions: Int,
                                  _ body: (SQLiteDatabase, VectorMatrix) throws -> T) throws -> T {
        try connection.withLock { connection in
            let database = try open(&connection)
            if let cached = connection.vectorMatrix, cached.model == model, cached.dimensions == dimensions {
                return try body(database, cached)
            }
            let loaded = try VectorMatrix(model: model, dimensions: dimensions, from: database)
            connection.vectorMatrix = loaded
            return try body(database, loaded)
        }
    }

    /// Like `withDatabase`, but a corruption found on the way rebuilds the file and runs `body` once more.
    /// It changes chunks, so the cached vector matrix is dropped.
    func withDatabaseRebuildingOnCorruption<T: Sendable>(_ body: (SQLiteDatabase) throws -> T) throws -> T {
        try connection.withLock { connection in
            connection.vectorMatrix = nil
            do {
                return try body(try open(&connection))
            } catch let error as SQLiteError where error.isCorruption {
                log("interview-lsp: rebuilding corrupt retrieval index \(databasePath): \(error.message)")
                // Close the damaged connection first: closing it later would delete the new file's WAL.
                connection.database = nil
                opener.removeFiles(of: databasePath)
                return try body(try open(&connection))
            }
        }
    }

    /// The open connection, reopening the file when a previous rebuild failed half-way.
    private func open(_ connection: inout Connection) throws -> SQLiteDatabase {
        if let database = connection.database { return database }
        let reopened = try opener.open(at: databasePath)
        connection.database = reopened
        return reopened
    }
}
