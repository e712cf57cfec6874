/// Reads transcript timestamps (`1:02`, `01:02:03`, `00:01:02.500`, `00:00:01,000`) as `hh:mm:ss`.
enum TranscriptTimestamp {
    /// `hh:mm:ss` for a timestamp of two or three colon-separated parts (fractions dropped), nil otherwise.
    static func normalize(_ text: Substring) -> String? {
        // A byte scan without allocations: this runs on most transcript lines.
        var parts: (Int, Int, Int) = (0, 0, 0)
        var count = 0
        var digits = 0
        var value = 0
        var inFraction = false
        for byte in LineScan.trim(text).utf8 {
            switch byte {
            case 48...57:
                if inFraction { continue }
                value = value * 10 + Int(byte - 48)
                digits += 1
                if digits > 3 { return nil }
            case UInt8(ascii: ":"):
                guard !inFraction, digits > 0, count < 2 else { return nil }
                if count == 0 { parts.0 = value } else { parts.1 = value }
                count += 1
                value = 0
                digits = 0
            case UInt8(ascii: "."), UInt8(ascii: ","):
                guard !inFraction, digits > 0 else { return nil }
                inFraction = true
            default:
                return nil
            }
        }
        guard digits > 0 || inFraction, count >= 1 else { return nil }
        let seconds: Int
        if count == 1 {
            guard value < 60 else { return nil }
            seconds = parts.0 * 60 + value
        } else {
            guard parts.1 < 60, value < 60 else { return nil }
            seconds = parts.0 * 3600 + parts.1 * 60 + value
        }
        return pad(seconds / 3600) + ":" + pad(seconds / 60 % 60) + ":" + pad(seconds % 60)
    }

    /// A leading `[hh:mm:ss]` / `(mm:ss)` or a bare `hh:mm:ss ` at the start of `text`, and the text after it.
    static func leading(_ text: Substring) -> (timestamp: String, rest: Substring)? {
        let bytes = text.utf8
        guard let firstByte = bytes.first else { return nil }
        if firstByte == UInt8(ascii: "[") || firstByte == UInt8(ascii: "(") {
            let close = firstByte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: ")")
            let start = bytes.index(after: bytes.startIndex)
            // A timestamp is short: give up early on "[Speaker name]" or a long parenthesis.
            guard let end = bytes[start...].prefix(16).firstIndex(of: close),
                  let timestamp = normalize(text[start..<end]) else { return nil }
            return (timestamp, LineScan.trim(text[bytes.index(after: end)...]))
        }
        guard firstByte >= 48, firstByte <= 57 else { return nil }
        let token = text.prefix { !LineScan.isSpace($0) }
        guard token.contains(":"), let timestamp = normalize(token) else { return nil }
        return (timestamp, LineScan.trim(text[token.endIndex...]))
    }

    /// A trailing `[hh:mm:ss]`, `(hh:mm:ss)` or bare `mm:ss` at the end of `text`, and the text before it.
    static func trailing(_ text: Substring) -> (timestamp: String, rest: Substring)? {
        guard let lastByte = text.utf8.last,
              lastByte == UInt8(ascii: "]") || lastByte == UInt8(ascii: ")") || (lastByte >= 48 && lastByte <= 57),
              let last = text.last else { return nil }
        if last == "]" || last == ")" {
            let open: Character = last == "]" ? "[" : "("
            guard let start = text.lastIndex(of: open),
                  let timestamp = normalize(text[text.index(after: start)..<text.index(before: text.endIndex)]) else { return nil }
            return (timestamp, LineScan.trim(text[..<start]))
        }
        guard last.isASCII, last.isNumber else { return nil }
        let token = text.reversed().prefix { !LineScan.isSpace($0) }
        let start = text.index(text.endIndex, offsetBy: -token.count)
        guard start > text.startIndex, text[start...].contains(":"), let timestamp = normalize(text[start...]) else { return nil }
        return (timestamp, LineScan.trim(text[..<start]))
    }

    private static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
