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

    /// `path` (absolute, or relative to `folder`) with symlinks resolved, when it stays below `folder`; nil when
    /// it has a `..` component, leads elsewhere, or passes through a symlink that does (or that dangles). The part
    /// that does not exist yet is kept as written, so a file may still be created there.
    public static func inside(_ path: String, folder: String) -> String? {
        guard let root = of(folder) else { return nil }
        let components = (path.hasPrefix("/") ? path : root + "/" + path).split(separator: "/").map(String.init)
        guard !components.contains("..") else { return nil }
        let parts = components.filter { $0 != "." }
        // The longest prefix that exists, a dangling symlink included: its real path decides where the rest goes.
        var existing = parts.count
        var info = stat()
        while existing > 0, lstat("/" + parts[..<existing].joined(separator: "/"), &info) != 0 { existing -= 1 }
        guard let prefix = of("/" + parts[..<existing].joined(separator: "/")) else { return nil }
        let resolved = ([prefix == "/" ? "" : prefix] + parts[existing...]).joined(separator: "/")
        return isInside(resolved, folder: root) ? resolved : nil
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
