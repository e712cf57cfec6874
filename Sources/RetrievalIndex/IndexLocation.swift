#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Where a session's index lives: an explicit file, or `<session>/.interview/index.sqlite` with the XDG cache as fallback.
public struct IndexLocation: Sendable {
    /// A database file chosen by the user; no fallback applies to it.
    public var explicitPath: String?
    /// Environment used for `XDG_CACHE_HOME` and `HOME`.
    public var environment: [String: String]
    /// Whether a directory accepts new files; injectable because running as root ignores permission bits.
    public var isWritable: @Sendable (String) -> Bool
    /// The database's file name in `.interview/` and in the cache: one per candidate when a role keeps several.
    public var fileName = "index.sqlite"

    public init(explicitPath: String? = nil,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                isWritable: @escaping @Sendable (String) -> Bool = IndexLocation.directoryAcceptsWrites) {
        self.explicitPath = explicitPath
        self.environment = environment
        self.isWritable = isWritable
    }

    /// The location for the `interview.index.path` setting: nil for the default, a relative path from the session root.
    public static func setting(_ path: String?, sessionRoot root: String) -> IndexLocation {
        guard let path, !path.isEmpty else { return IndexLocation() }
        return IndexLocation(explicitPath: path.hasPrefix("/") ? path : root + "/" + path)
    }

    /// The database path for a session root (absolute): explicit, in the session folder, or in the cache.
    public func databasePath(forSessionRoot root: String) -> String {
        if let explicitPath { return explicitPath }
        let interviewFolder = root + "/.interview"
        let probe = FileManager.default.fileExists(atPath: interviewFolder) ? interviewFolder : root
        return isWritable(probe) ? interviewFolder + "/" + fileName : cachePath(forSessionRoot: root)
    }

    /// `$XDG_CACHE_HOME/interview-lsp/<hash of root>/index.sqlite`, `~/.cache` when the variable is unset or relative.
    public func cachePath(forSessionRoot root: String) -> String {
        var cache = environment["XDG_CACHE_HOME"] ?? ""
        // The XDG spec says relative values are invalid and must be ignored.
        if !cache.hasPrefix("/") {
            cache = (environment["HOME"] ?? FileManager.default.homeDirectoryForCurrentUser.path) + "/.cache"
        }
        return "\(cache)/interview-lsp/\(ContentHash(root))/\(fileName)"
    }

    /// The location of one candidate's index among several kept in the same folder: `index-<name>.sqlite`, or the
    /// explicit file with `-<name>` before its extension, so that no two candidates share a database.
    public func separate(for name: String) -> IndexLocation {
        var location = self
        location.fileName = "index-\(name).sqlite"
        if let path = explicitPath {
            let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
            if let dot = path[slash...].lastIndex(of: "."), dot != slash {
                location.explicitPath = String(path[..<dot]) + "-\(name)" + String(path[dot...])
            } else {
                location.explicitPath = path + "-\(name)"
            }
        }
        return location
    }

    /// The default writability check: `access(W_OK)`, which also reports a read-only file system.
    public static func directoryAcceptsWrites(_ path: String) -> Bool {
        access(path, W_OK) == 0
    }

    /// The absolute, symlink-free form of a session folder, so that one folder always maps to one index.
    public static func absoluteRoot(_ root: String) -> String {
        let url = URL(fileURLWithPath: root, isDirectory: true)
        return url.standardizedFileURL.resolvingSymlinksInPath().path
    }
}
