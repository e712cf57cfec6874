/// Reads transcript timestamps (`1:02`, `01:02:03`, `00:01:02.500`, `00:00:01,000`) as `hh:mm:ss`.
enum TranscriptTimestamp {
    /// `hh:mm:ss` for a timestamp of two or three colon-separated parts (fractions dropped), nil otherwise.
    static func normalize(_ text: Substring) -> String? {
        var body = LineScan.trim(text)
        if let fraction = body.firstIndex(where: { $0 == "." || $0 == "," }) {
            guard body[body.index(after: fraction)...].allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            body = body[..<fraction]
        }
        let parts = body.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3,
              parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else { return nil }
        let numbers = parts.compactMap { Int($0) }
        var seconds = numbers.reduce(0) { $0 * 60 + $1 }
        if parts.count == 3 { seconds = numbers[0] * 3600 + numbers[1] * 60 + numbers[2] }
        guard numbers.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
        let hours = seconds / 3600
        let minutes = seconds / 60 % 60
        return pad(hours) + ":" + pad(minutes) + ":" + pad(seconds % 60)
    }

    /// A leading `[hh:mm:ss]` / `(mm:ss)` or a bare `hh:mm:ss ` at the start of `text`, and the text after it.
    static func leading(_ text: Substring) -> (timestamp: String, rest: Substring)? {
        guard let first = text.first else { return nil }
        if first == "[" || first == "(" {
            let close: Character = first == "[" ? "]" : ")"
            guard let end = text.firstIndex(of: close),
                  let timestamp = normalize(text[text.index(after: text.startIndex)..<end]) else { return nil }
            return (timestamp, LineScan.trim(text[text.index(after: end)...]))
        }
        guard first.isASCII, first.isNumber else { return nil }
        let token = text.prefix { !LineScan.isSpace($0) }
        guard token.contains(":"), let timestamp = normalize(token) else { return nil }
        return (timestamp, LineScan.trim(text[token.endIndex...]))
    }

    /// A trailing `[hh:mm:ss]`, `(hh:mm:ss)` or bare `mm:ss` at the end of `text`, and the text before it.
    static func trailing(_ text: Substring) -> (timestamp: String, rest: Substring)? {
        guard let last = text.last else { return nil }
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
