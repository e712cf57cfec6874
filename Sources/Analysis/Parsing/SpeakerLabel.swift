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
        if LineScan.begins(content, "**") || LineScan.begins(content, "__") {
            return emphasized(content)
        }
        if LineScan.begins(content, "[") {
            if let bracketed = bracketed(content) { return bracketed }
        }
        guard let colon = colonOutsideBrackets(content) else { return nil }
        let rest = content[content.index(after: colon)...]
        if LineScan.begins(rest, "//") { return nil }
        return make(name: content[..<colon], text: rest)
    }

    /// True for a plausible speaker name: short, starting with a letter, without sentence punctuation.
    static func isName(_ name: Substring) -> Bool {
        guard let first = name.first, first.isLetter, name.utf8.count <= 48, LineScan.wordCount(name) <= 4,
              name.last != "." else { return false }
        return !name.utf8.contains { byte in
            switch byte {
            case UInt8(ascii: "?"), UInt8(ascii: "!"), UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "\""),
                 UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "{"),
                 UInt8(ascii: "}"), UInt8(ascii: "="): true
            default: false
            }
        }
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
        if timestamp == nil, spoken.first == "[" || spoken.first == "(", let leading = TranscriptTimestamp.leading(spoken) {
            timestamp = leading.timestamp
            spoken = leading.rest
        }
        return SpeakerLabel(name: name, timestamp: timestamp, text: spoken)
    }

    private static func emphasized(_ content: Substring) -> SpeakerLabel? {
        let delimiter = content.utf8.first!
        let inner = content.dropFirst(2)
        // The closing pair, found on bytes: a generic substring search costs more than the rest of the line.
        let bytes = inner.utf8
        var closeStart: Substring.Index?
        var previous: Substring.Index?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == delimiter {
                if let previous { closeStart = previous; break }
                previous = index
            } else {
                previous = nil
            }
            index = bytes.index(after: index)
        }
        guard let closeStart else { return nil }
        let closeEnd = inner.utf8.index(closeStart, offsetBy: 2)
        var name = inner[..<closeStart]
        var after = LineScan.trim(content[closeEnd...])
        if LineScan.ends(name, ":") {
            name = name.dropLast()
        } else {
            if after.first == "[" || after.first == "(", let leading = TranscriptTimestamp.leading(after) {
                guard LineScan.begins(leading.rest, ":") else { return nil }
                guard var label = make(name: name, text: leading.rest.dropFirst()) else { return nil }
                label.timestamp = label.timestamp ?? leading.timestamp
                return label
            }
            guard LineScan.begins(after, ":") else { return nil }
            after = after.dropFirst()
        }
        return make(name: name, text: after)
    }

    private static func bracketed(_ content: Substring) -> SpeakerLabel? {
        guard let close = content.firstIndex(of: "]") else { return nil }
        let name = LineScan.trim(content[content.index(after: content.startIndex)..<close])
        guard TranscriptTimestamp.normalize(name) == nil, isName(name) else { return nil }
        var rest = LineScan.trim(content[content.index(after: close)...])
        // "[Job posting](https://…)" is a Markdown link and "[x] done" a task, not speakers.
        if LineScan.begins(rest, "(") || name == "x" || name == "X" { return nil }
        if LineScan.begins(rest, ":") { rest = LineScan.trim(rest.dropFirst()) }
        // Zoom's text export: "[Jane Doe] 10:01:23" with the words on the next line.
        if let timestamp = TranscriptTimestamp.normalize(rest) {
            return SpeakerLabel(name: name, timestamp: timestamp, text: rest[rest.endIndex...])
        }
        return SpeakerLabel(name: name, timestamp: nil, text: rest)
    }

    /// The first `:` not inside `[...]` or `(...)`, within the first 60 bytes; a colon inside a time ("0:03") does not count.
    private static func colonOutsideBrackets(_ content: Substring) -> Substring.Index? {
        let bytes = content.utf8
        var depth = 0
        var previous: UInt8 = 0
        var index = bytes.startIndex
        var scanned = 0
        while index < bytes.endIndex, scanned < 60 {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "["), UInt8(ascii: "("): depth += 1
            case UInt8(ascii: "]"), UInt8(ascii: ")"): depth = max(0, depth - 1)
            case UInt8(ascii: ":") where depth == 0:
                let after = bytes.index(after: index)
                let isTime = previous >= 48 && previous <= 57 && after < bytes.endIndex && bytes[after] >= 48 && bytes[after] <= 57
                if !isTime { return index }
            default: break
            }
            previous = byte
            index = bytes.index(after: index)
            scanned += 1
        }
        return nil
    }
}
