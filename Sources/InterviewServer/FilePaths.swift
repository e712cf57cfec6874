#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Path helpers for `/`-separated absolute paths, without Foundation's path bridging.
public enum FilePaths {
    /// The folder holding `path` ("/a/b.md" → "/a", "/b.md" → "/").
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` relative to `directory`, or nil when it is not inside it.
    static func relative(_ path: String, to directory: String) -> String? {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// The last path component ("/a/round1.m4a" → "round1.m4a").
    static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The path without its extension, and the extension without its dot ("" when there is none).
    static func splitExtension(_ path: String) -> (base: String, extension: String) {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (path, "") }
        let suffixCount = name.distance(from: dot, to: name.endIndex)
        return (String(path.dropLast(suffixCount)), String(name[name.index(after: dot)...]))
    }

    /// `relative` resolved against `directory`.
    static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    /// `path` (absolute, or relative to `folder`) with symlinks resolved, when it stays inside `folder`; nil when
    /// it has a `..` component, leads elsewhere, or passes through a symlink that does (or that dangles). The part
    /// that does not exist yet is kept as written, so a file may still be created there.
    static func resolvedInside(_ path: String, folder: String) -> String? {
        guard let root = realPath(folder) else { return nil }
        let components = (path.hasPrefix("/") ? path : join(root, path)).split(separator: "/").map(String.init)
        guard !components.contains("..") else { return nil }
        let parts = components.filter { $0 != "." }
        // The longest prefix that exists, a dangling symlink included: its real path decides where the rest goes.
        var existing = parts.count
        var info = stat()
        while existing > 0, lstat("/" + parts[..<existing].joined(separator: "/"), &info) != 0 { existing -= 1 }
        guard let prefix = realPath("/" + parts[..<existing].joined(separator: "/")) else { return nil }
        let resolved = ([prefix == "/" ? "" : prefix] + parts[existing...]).joined(separator: "/")
        guard let inside = relative(resolved, to: root), !inside.isEmpty else { return nil }
        return resolved
    }

    /// The absolute, symlink-free path of an existing file or folder.
    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The bytes of a regular file, or nil when it is missing or unreadable.
    static func contents(atPath path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 16 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return nil }
            if count == 0 { return bytes }
            bytes += chunk[0..<count]
        }
    }
}
