/// A stable 64-bit FNV-1a digest of text, printed as 16 hex digits; the same on every run and machine.
public struct ContentHash: Sendable, Hashable, CustomStringConvertible {
    public let value: UInt64

    /// Hashes the UTF-8 bytes of `text`.
    public init<S: StringProtocol>(_ text: S) {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        // Not Swift's Hasher: that is seeded per process, and these digests are stored on disk.
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        value = hash
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
