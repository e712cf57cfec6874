#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one reader for files a session folder hands over (documents, its settings, recordings to upload): only
/// regular files, opened without blocking so that a FIFO never waits for a writer, and never more than a limit
/// measured on the opened descriptor, so that a link cannot hide the size of what it leads to.
public enum RegularFile {
    /// The documented per-file limit for session documents and a folder's settings.
    public static let sessionFileLimit = 4 * 1024 * 1024

    /// Whether the last component of a path may be a symbolic link.
    public enum Links: Sendable {
        case follow
        /// Opened with `O_NOFOLLOW`: a link is refused, whatever it points at.
        case refuse
    }

    /// The bytes of the regular file at `path`; at most its size when opened, which may not exceed `limit`.
    public static func read(atPath path: String, limit: Int = sessionFileLimit,
                            links: Links = .follow) throws(RegularFileRefusal) -> [UInt8] {
        let descriptor = try openDescriptor(path, links: links)
        defer { close(descriptor) }
        let size = try regularFileSize(descriptor)
        guard size <= limit else { throw .tooLarge(bytes: size, limit: limit) }
        // Reading stops at the size seen by fstat: a file that grows meanwhile cannot push past the limit.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let count = systemRead(descriptor, buffer.baseAddress! + initialized, size - initialized)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno }
                if count <= 0 { return }
                initialized += count
            }
        }
        guard failure == 0 else { throw .unreadable(reason(failure)) }
        return bytes
    }

    /// The size of the regular file at `path`, checked as `read` checks it, for a file another reader
    /// takes over (an upload).
    public static func size(ofFileAt path: String, links: Links = .follow) throws(RegularFileRefusal) -> Int {
        let descriptor = try openDescriptor(path, links: links)
        defer { close(descriptor) }
        return try regularFileSize(descriptor)
    }

    private static func openDescriptor(_ path: String, links: Links) throws(RegularFileRefusal) -> Int32 {
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (links == .refuse ? O_NOFOLLOW : 0)
        while true {
            let descriptor = open(path, flags)
            if descriptor >= 0 { return descriptor }
            switch errno {
            case EINTR: continue
            case ENOENT, ENOTDIR: throw .missing
            case ELOOP where links == .refuse: throw .symbolicLink
            // What a socket (or a device without a driver) answers to open(2).
            case ENXIO, EOPNOTSUPP: throw .notRegular("a socket or device")
            case let code: throw .unreadable(reason(code))
            }
        }
    }

    private static func regularFileSize(_ descriptor: Int32) throws(RegularFileRefusal) -> Int {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw .unreadable(reason(errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return Int(info.st_size)
        case S_IFIFO: throw .notRegular("a named pipe (FIFO)")
        case S_IFSOCK: throw .notRegular("a socket")
        case S_IFCHR, S_IFBLK: throw .notRegular("a device")
        case S_IFDIR: throw .notRegular("a folder")
        default: throw .notRegular("not a file")
        }
    }

    private static func reason(_ code: Int32) -> String {
        code == EACCES || code == EPERM ? "permission denied" : String(cString: strerror(code))
    }
}

/// read(2), under a name that `RegularFile.read` does not shadow.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
