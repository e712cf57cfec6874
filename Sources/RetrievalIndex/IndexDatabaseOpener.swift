#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Why an existing index file is discarded.
struct IndexRebuildReason: Error, CustomStringConvertible {
    var message: String

    var description: String { message }
}

/// Opens a session's index file, rebuilding it when it is corrupt or belongs to another schema or root.
struct IndexDatabaseOpener {
    var root: String
    var log: @Sendable (String) -> Void
    /// False for a file the user named (`interview.index.path`): it may be anything, so an untrusted file is
    /// refused, never deleted. The default locations hold only files this program created.
    var replacesUntrustedFiles = true

    /// Opens `path`, deleting and recreating the file when it cannot be trusted (and may be replaced).
    /// A path through a symbolic link is refused (`IndexLinkRefusal`) before anything is created or deleted.
    func open(at path: String) throws -> SQLiteDatabase {
        try IndexLinkRefusal.check(databasePath: path)
        try createParentDirectory(of: path)
        let reason: String
        do {
            return try openChecked(at: path)
        } catch let error as IndexRebuildReason {
            reason = error.message
        } catch let error as SQLiteError where error.isCorruption {
            reason = "corrupt: \(error.message)"
        }
        guard replacesUntrustedFiles else {
            throw IndexRebuildReason(message: "\(path) is not this session's retrieval index (\(reason)); it is left as it is")
        }
        log("interview-lsp: rebuilding retrieval index \(path): \(reason)")
        removeFiles(of: path)
        return try openChecked(at: path)
    }

    /// The database file and its WAL, shared-memory and rollback journal files, as suffixes of its path.
    static let fileSuffixes = ["", "-wal", "-shm", "-journal"]

    /// Deletes the database and its WAL, shared-memory and rollback journal files.
    func removeFiles(of path: String) {
        for suffix in Self.fileSuffixes {
            unlink(path + suffix)
        }
    }

    private func openChecked(at path: String) throws -> SQLiteDatabase {
        let database = try SQLiteDatabase(path: path)
        // The first statement that reads the header is where a non-database file fails (SQLITE_NOTADB).
        let mode = try database.scalarText("PRAGMA journal_mode=WAL")
        guard mode == "wal" else { throw IndexRebuildReason(message: "journal mode is \(mode ?? "unknown"), not WAL") }
        // WAL with synchronous=NORMAL cannot corrupt on power loss; it only may lose the last commits.
        try database.execute("PRAGMA synchronous=NORMAL")
        // A bulk index dirties far more than the default 2 MB of pages; spilling them mid-transaction
        // appends the same pages to the WAL again and again. The cache only grows as pages are used.
        try database.execute("PRAGMA cache_size=-65536")
        let tables = Int(try database.scalarText("SELECT count(*) FROM sqlite_master") ?? "0") ?? 0
        if tables == 0 {
            try database.transaction {
                try database.execute(IndexSchema.create)
                let insert = try database.prepare("INSERT INTO meta(key, value) VALUES (?1, ?2)")
                for (key, value) in [("schema_version", IndexSchema.version), ("root", root)] {
                    try insert.bind(key, at: 1)
                    try insert.bind(value, at: 2)
                    try insert.step()
                    insert.reset()
                }
            }
            return database
        }
        let check = try database.scalarText("PRAGMA quick_check")
        guard check == "ok" else { throw IndexRebuildReason(message: "integrity check failed: \(check ?? "no result")") }
        guard try database.scalarText("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'meta'") != nil else {
            throw IndexRebuildReason(message: "no meta table")
        }
        let version = try database.scalarText("SELECT value FROM meta WHERE key = 'schema_version'")
        guard version == IndexSchema.version else {
            throw IndexRebuildReason(message: "schema version \(version ?? "none"), expected \(IndexSchema.version)")
        }
        let storedRoot = try database.scalarText("SELECT value FROM meta WHERE key = 'root'")
        guard storedRoot == root else {
            throw IndexRebuildReason(message: "built for session \(storedRoot ?? "unknown"), not \(root)")
        }
        return database
    }

    /// The folder part of `path`, as `NSString.deletingLastPathComponent` gives it ("" for a bare name).
    static func deletingLastPathComponent(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        var parent = path[..<slash]
        while parent.count > 1, parent.hasSuffix("/") { parent.removeLast() }
        return String(parent)
    }

    private func createParentDirectory(of path: String) throws {
        let parent = Self.deletingLastPathComponent(path)
        guard !parent.isEmpty, !FileManager.default.fileExists(atPath: parent) else { return }
        // The index quotes interviews: keep the folder private like the file.
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }
}
