#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis

/// File operations of the live transcript that never follow a symbolic link and never truncate in place.
enum TranscriptFileAccess {
    /// A file's contents and the identity that tells whether it changed since.
    struct Snapshot {
        var bytes: [UInt8]
        var stamp: Stamp
    }

    /// Size, modification time and inode: equal stamps mean no write in between (as far as the file system tells).
    struct Stamp: Equatable {
        var size: Int
        var seconds: Int
        var nanoseconds: Int
        var inode: UInt64
        var mode: mode_t
    }

    /// The contents of `path`, nil when it does not exist; a symbolic link or a non-regular file is an error.
    static func snapshot(_ path: String) throws(ListenError) -> Snapshot? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else {
            let code = errno
            if code == ENOENT { return nil }
            throw failure(path, code)
        }
        defer { close(descriptor) }
        guard let stamp = stamp(descriptor), (stamp.mode & S_IFMT) == S_IFREG else {
            throw ListenError("\(path) is not a regular file")
        }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count >= 0 else { throw failure(path, errno) }
            if count == 0 { break }
            bytes += buffer.prefix(count)
        }
        return Snapshot(bytes: bytes, stamp: stamp)
    }

    /// The stamp of `path` now, nil when it is gone.
    static func currentStamp(_ path: String) -> Stamp? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        return stamp(descriptor)
    }

    /// Creates `path` with `bytes`; false when it appeared meanwhile.
    static func create(_ path: String, _ bytes: [UInt8]) throws(ListenError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST { return false }
            throw failure(path, code)
        }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
        return true
    }

    /// Appends `bytes` to the existing regular file `path`.
    static func append(_ bytes: [UInt8], to path: String) throws(ListenError) {
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }
        try writeAll(bytes, to: descriptor, path: path)
    }

    /// Replaces `path` with `bytes` through a new file renamed over it, so readers see the old or the new text,
    /// never half; false (and nothing changed) when `path` changed since `expected` was taken.
    static func replace(_ path: String, with bytes: [UInt8], expected: Stamp) throws(ListenError) -> Bool {
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? path
        let temporary = String(path.dropLast(name.count)) + ".\(name).listen-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, expected.mode & 0o777)
        guard descriptor >= 0 else { throw failure(temporary, errno) }
        do {
            try writeAll(bytes, to: descriptor, path: temporary)
        } catch {
            close(descriptor)
            unlink(temporary)
            throw error
        }
        close(descriptor)
        // The window between this check and the rename is a few microseconds; an edit saved in it is the one
        // case not caught.
        guard currentStamp(path) == expected else {
            unlink(temporary)
            return false
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw failure(path, code)
        }
        return true
    }

    private static func stamp(_ descriptor: Int32) -> Stamp? {
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { return nil }
        return Stamp(size: Int(status.st_size), seconds: Int(status.st_mtim.tv_sec), nanoseconds: Int(status.st_mtim.tv_nsec),
                     inode: UInt64(status.st_ino), mode: status.st_mode)
    }

    private static func writeAll(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(ListenError) {
        let code = RegularFile.writeAll(bytes, to: descriptor)
        guard code == 0 else { throw failure(path, code) }
    }

    private static func failure(_ path: String, _ code: Int32) -> ListenError {
        if code == ELOOP { return ListenError("\(path) is a symbolic link; not followed, write to the file itself") }
        return ListenError("cannot write \(path): \(String(cString: strerror(code)))")
    }
}
