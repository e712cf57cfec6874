import Analysis

/// An index location refused because it goes through a symbolic link: a folder someone sent could otherwise
/// have SQLite create, chmod or overwrite any file of the user's.
struct IndexLinkRefusal: Error, CustomStringConvertible {
    /// The link: the database, one of its journal files, or the session's `.interview` folder.
    var link: String

    var description: String { "\(link) is \(RegularFileRefusal.symbolicLink)" }

    /// Throws when the database at `path`, its -wal, -shm or -journal file, or a `.interview` folder holding
    /// it is a symbolic link.
    static func check(databasePath path: String) throws(IndexLinkRefusal) {
        let folder = IndexDatabaseOpener.deletingLastPathComponent(path)
        if folder.hasSuffix("/.interview"), ResolvedPath.isSymbolicLink(folder) { throw IndexLinkRefusal(link: folder) }
        for suffix in IndexDatabaseOpener.fileSuffixes where ResolvedPath.isSymbolicLink(path + suffix) {
            throw IndexLinkRefusal(link: path + suffix)
        }
    }
}
