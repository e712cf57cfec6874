/// A bulleted or numbered line: `- x`, `* x`, `+ x`, `• x`, `1. x`, `1) x`, `(a) x`, `- [ ] x`.
struct ListItemLine {
    /// The text after the marker (and a task-list box), trimmed.
    var content: Substring

    private static let symbolMarkers: Set<Character> = [
        "\u{2022}", "\u{00B7}", "\u{2013}", "\u{2014}", "\u{25AA}", "\u{25CF}", "\u{25E6}", "\u{2023}",
        "\u{25CB}", "\u{25A0}", "\u{25A1}", "\u{2043}", "\u{2219}", "\u{27A2}", "\u{2192}", "\u{2713}", "\u{2714}",
    ]

    /// The list item on `line`, nil when the line has no marker.
    static func parse(_ line: Substring) -> ListItemLine? {
        let body = LineScan.trimLeading(line)
        guard let first = body.first else { return nil }
        var rest: Substring
        if first == "-" || first == "*" || first == "+" {
            rest = body.dropFirst()
            // "---" is a rule and "**Bold**" is emphasis: an ASCII marker needs whitespace after it.
            guard let next = rest.first, LineScan.isSpace(next) else { return nil }
        } else if symbolMarkers.contains(first) {
            rest = body.dropFirst()
        } else if let afterNumber = afterEnumerator(body) {
            rest = afterNumber
        } else {
            return nil
        }
        rest = LineScan.trim(rest)
        for box in ["[ ]", "[x]", "[X]"] where LineScan.begins(rest, box) {
            rest = LineScan.trim(rest.dropFirst(box.count))
        }
        guard !rest.isEmpty else { return nil }
        return ListItemLine(content: rest)
    }

    /// The text after `1.`, `12)`, `(a)`, `(iv)` or `a)` followed by whitespace.
    private static func afterEnumerator(_ body: Substring) -> Substring? {
        var index = body.startIndex
        if body[index] == "(" {
            index = body.index(after: index)
            let labelStart = index
            while index < body.endIndex, body[index].isASCII, body[index].isLetter || body[index].isNumber { index = body.index(after: index) }
            let length = body.distance(from: labelStart, to: index)
            guard length >= 1, length <= 3, index < body.endIndex, body[index] == ")" else { return nil }
            index = body.index(after: index)
        } else {
            let labelStart = index
            while index < body.endIndex, body[index].isASCII, body[index].isNumber { index = body.index(after: index) }
            let digits = body.distance(from: labelStart, to: index)
            if digits == 0 {
                // A single letter enumerator: "a)".
                guard body[index].isASCII, body[index].isLetter else { return nil }
                index = body.index(after: index)
                guard index < body.endIndex, body[index] == ")" else { return nil }
            } else {
                guard digits <= 3, index < body.endIndex, body[index] == "." || body[index] == ")" else { return nil }
            }
            index = body.index(after: index)
        }
        guard index < body.endIndex, LineScan.isSpace(body[index]) else { return nil }
        return body[index...]
    }
}
