#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Writes whole buffers to a file descriptor under a lock, so concurrent frames never interleave.
public final class FileDescriptorWriter: Sendable {
    private let descriptor: Mutex<Int32>

    public init(descriptor: Int32) {
        self.descriptor = Mutex(descriptor)
    }

    /// Writes all bytes, retrying short writes; returns false once the peer is gone (EPIPE and the like).
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        descriptor.withLock { fd in
            bytes.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    #if canImport(Glibc)
                    let written = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    #else
                    let written = Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                    #endif
                    if written < 0, errno == EINTR { continue }
                    if written <= 0 { return false }
                    offset += written
                }
                return true
            }
        }
    }
}
