/// A stable 64-bit FNV-1a digest of text, printed as 16 hex digits; the same on every run and machine.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    public let value: UInt64

    /// Hashes the UTF-8 bytes of `text`.
    public init<S: StringProtocol>(_ text: S) {
        // Not Swift's Hasher: that is seeded per process, and these digests are stored on disk.
        value = text.utf8.withContiguousStorageIfAvailable(Self.fnv1a) ?? Self.fnv1a(text.utf8)
    }

    private static func fnv1a<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// 16 lowercase hex digits.
    public var description: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var out = [UInt8](repeating: 0, count: 16)
        var remaining = value
        for position in stride(from: 15, through: 0, by: -1) {
            out[position] = digits[Int(remaining & 0xF)]
            remaining >>= 4
        }
        return String(decoding: out, as: UTF8.self)
    }
}
