/// A `Speaker: text` prefix in its Markdown and plain forms.
struct SpeakerLabel {
    /// The speaker name as written, without emphasis or timestamp.
    var name: Substring
    var timestamp: String?
    /// The spoken text after the label, trimmed; empty when the label stands alone on its line.
    var text: Substring

    /// Parses `Speaker: text`, `**Speaker**: text`, `**Speaker:** text`, `**Speaker** [hh:mm:ss]: text`,
    /// `Speaker (00:01:02): text` and `[Speaker] text`; nil when the prefix does not look like a name.
    static func parse(_ content: Substring) -> SpeakerLabel? {
        if content.hasPrefix("**") || content.hasPrefix("__") {
            return emphasized(content)
        }
        if content.hasPrefix("[") {
            if let bracketed = bracketed(content) { return bracketed }
        }
        guard let colon = colonOutsideBrackets(content) else { return nil }
        let rest = content[content.index(after: colon)...]
        if rest.hasPrefix("//") { return nil }
        return make(name: content[..<colon], text: rest)
    }

    /// True for a plausible speaker name: short, starting with a letter, without sentence punctuation.
    static func isName(_ name: Substring) -> Bool {
        guard let first = name.first, first.isLetter, name.count <= 40, LineScan.wordCount(name) <= 4,
              name.last != "." else { return false }
        return !name.contains { "?!;,\"*_<>{}=".contains($0) }
    }

    private static func make(name rawName: Substring, text: Substring) -> SpeakerLabel? {
        var name = LineScan.trim(rawName)
        var timestamp: String?
        if let trailing = TranscriptTimestamp.trailing(name) {
            timestamp = trailing.timestamp
            name = trailing.rest
        }
        guard isName(name) else { return nil }
        var spoken = LineScan.trim(text)
        if timestamp == nil, let leading = TranscriptTimestamp.leading(spoken), spoken.first == "[" || spoken.first == "(" {
            timestamp = leading.timestamp
            spoken = leading.rest
        }
        return SpeakerLabel(name: name, timestamp: timestamp, text: spoken)
    }

    private static func emphasized(_ content: Substring) -> SpeakerLabel? {
        let delimiter = content.prefix(2)
        let inner = content.dropFirst(2)
        guard let close = inner.firstRange(of: delimiter) else { return nil }
        var name = inner[..<close.lowerBound]
        var after = LineScan.trim(content[close.upperBound...])
        if name.hasSuffix(":") {
            name = name.dropLast()
        } else {
            if let leading = TranscriptTimestamp.leading(after), after.first == "[" || after.first == "(" {
                guard leading.rest.hasPrefix(":") else { return nil }
                guard var label = make(name: name, text: leading.rest.dropFirst()) else { return nil }
                label.timestamp = label.timestamp ?? leading.timestamp
                return label
            }
            guard after.hasPrefix(":") else { return nil }
            after = after.dropFirst()
        }
        return make(name: name, text: after)
    }

    private static func bracketed(_ content: Substring) -> SpeakerLabel? {
        guard let close = content.firstIndex(of: "]") else { return nil }
        let name = LineScan.trim(content[content.index(after: content.startIndex)..<close])
        guard TranscriptTimestamp.normalize(name) == nil, isName(name) else { return nil }
        var rest = LineScan.trim(content[content.index(after: close)...])
        if rest.hasPrefix(":") { rest = LineScan.trim(rest.dropFirst()) }
        return SpeakerLabel(name: name, timestamp: nil, text: rest)
    }

    /// The first `:` not inside `[...]` or `(...)`, within the first 60 characters.
    private static func colonOutsideBrackets(_ content: Substring) -> Substring.Index? {
        var depth = 0
        var scanned = 0
        for index in content.indices {
            scanned += 1
            if scanned > 60 { return nil }
            switch content[index] {
            case "[", "(": depth += 1
            case "]", ")": depth = max(0, depth - 1)
            case ":" where depth == 0:
                // "0:03" is a time, not the end of a label.
                let after = content.index(after: index)
                let isTime = index > content.startIndex && content[content.index(before: index)].isNumber
                    && after < content.endIndex && content[after].isNumber
                if !isTime { return index }
            default: break
            }
        }
        return nil
    }
}
