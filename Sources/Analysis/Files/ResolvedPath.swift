#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Symlink-free absolute paths, to decide whether a file a session folder names stays inside it.
public enum ResolvedPath {
    /// `path` with every symbolic link, `.` and `..` resolved (`realpath(3)`); nil when it does not exist.
    public static func of(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether `path` lies below `folder` (both resolved); the folder itself is not inside.
    public static func isInside(_ path: String, folder: String) -> Bool {
        let prefix = folder.hasSuffix("/") ? folder : folder + "/"
        return path.count > prefix.count && path.hasPrefix(prefix)
    }

    /// Whether `path` itself is a symbolic link (`lstat`), wherever it points.
    public static func isSymbolicLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }
}
