/// A `file://` URI and the file system path it names, converted both ways with percent-encoding.
public struct DocumentURI: Hashable, Sendable, CustomStringConvertible {
    /// The URI as the client sent it (or as built from a path).
    public var string: String

    public init(string: String) {
        self.string = string
    }

    /// The `file://` URI for an absolute path; bytes outside the unreserved set are percent-encoded.
    public init(path: String) {
        var encoded = "file://"
        if !path.hasPrefix("/") { encoded += "/" }
        for byte in path.utf8 {
            if Self.isUnescaped(byte) {
                encoded.unicodeScalars.append(UnicodeScalar(byte))
            } else {
                encoded += "%" + Self.hex(byte >> 4) + Self.hex(byte & 0xF)
            }
        }
        self.string = encoded
    }

    /// The path of a `file:` URI, percent-decoded; nil for other schemes or a malformed escape.
    public var path: String? {
        guard string.lowercased().hasPrefix("file:") else { return nil }
        var rest = Substring(string.dropFirst(5))
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            // An authority of "" or "localhost" names this machine; anything else is not a local path.
            let authorityEnd = rest.firstIndex(of: "/") ?? rest.endIndex
            let authority = rest[..<authorityEnd].lowercased()
            guard authority.isEmpty || authority == "localhost" else { return nil }
            rest = rest[authorityEnd...]
        }
        if let queryStart = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<queryStart] }
        guard let decoded = Self.percentDecoded(rest) else { return nil }
        return decoded
    }

    public var description: String { string }

    private static func isUnescaped(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        case UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
            true
        default:
            false
        }
    }

    private static func hex(_ nibble: UInt8) -> String {
        String(UnicodeScalar(nibble < 10 ? nibble + 48 : nibble + 55))
    }

    private static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "%") {
                guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
                bytes.append(high << 4 | low)
            } else {
                bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - 48
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - 87
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - 55
        default: nil
        }
    }
}
