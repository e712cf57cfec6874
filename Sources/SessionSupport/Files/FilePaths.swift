import Analysis

/// Path helpers for `/`-separated absolute paths, without Foundation's path bridging.
public enum FilePaths {
    /// The folder holding `path` ("/a/b.md" → "/a", "/b.md" → "/").
    public static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// `path` relative to `directory`, or nil when it is not inside it.
    public static func relative(_ path: String, to directory: String) -> String? {
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        guard path.hasPrefix(prefix) else { return nil }
        return String(path.dropFirst(prefix.count))
    }

    /// The last path component ("/a/round1.m4a" → "round1.m4a").
    public static func lastComponent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// The path without its extension, and the extension without its dot ("" when there is none).
    public static func splitExtension(_ path: String) -> (base: String, extension: String) {
        let name = lastComponent(of: path)
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return (path, "") }
        let suffixCount = name.distance(from: dot, to: name.endIndex)
        return (String(path.dropLast(suffixCount)), String(name[name.index(after: dot)...]))
    }

    /// `relative` resolved against `directory`.
    public static func join(_ directory: String, _ relative: String) -> String {
        directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }

    /// The bytes of the regular file at `path` (at most 4 MB), never through a symbolic link as its last
    /// component: a session folder's own files are read like its documents, by `RegularFile`.
    public static func contents(atPath path: String) throws(RegularFileRefusal) -> [UInt8] {
        try RegularFile.read(atPath: path, links: .refuse)
    }
}
