/// A YAML-style `---` block at the top of a document, with the keys this tool reads.
public struct FrontMatter: Sendable, Hashable {
    /// Lines from the opening `---` to the closing `---` inclusive: parsers skip them.
    public var lines: ClosedRange<Int>
    /// Every `key: value` pair, keys lowercased, quotes removed; list items are joined with ", ".
    public var values: [String: String]

    /// A block covering `lines` with its `values`.
    public init(lines: ClosedRange<Int>, values: [String: String]) {
        self.lines = lines
        self.values = values
    }

    /// The document kind named by `kind:`, nil when absent or unknown.
    public var kind: DocumentKind? {
        guard let value = values["kind"] else { return nil }
        switch PhraseText.words(value).joined(separator: " ") {
        case "jd", "job", "job description", "posting", "job posting": return .jd
        case "cv", "resume": return .cv
        case "transcript", "interview": return .transcript
        case "notes", "note", "interview notes": return .notes
        case "other", "ignore", "none": return .other
        default: return nil
        }
    }

    /// The `interviewer:` (or `interviewers:`) value: one name or several separated by commas.
    public var interviewer: String? { values["interviewer"] ?? values["interviewers"] }

    /// The `candidate:` value.
    public var candidate: String? { values["candidate"] }

    /// The first line after the block, where a parser starts reading.
    public var contentStart: Int { lines.upperBound + 1 }

    /// The front matter of `text`: nil unless the first line is `---` and a closing `---` or `...` follows.
    public static func parse(_ text: SourceText) -> FrontMatter? {
        guard let first = text.lines.first, LineScan.trim(first) == "---" else { return nil }
        var values: [String: String] = [:]
        var listKey: String?
        var line = 1
        // A block that never closes within a sane length is a horizontal rule, not front matter.
        while line < min(text.lines.count, 200) {
            let content = LineScan.trim(text.lines[line])
            if content == "---" || content == "..." {
                return FrontMatter(lines: 0...line, values: values)
            }
            if content.hasPrefix("- "), let key = listKey {
                let item = unquote(LineScan.trim(content.dropFirst(2)))
                values[key] = values[key].map { $0.isEmpty ? item : $0 + ", " + item } ?? item
            } else if let colon = content.firstIndex(of: ":"), !content.hasPrefix("#") {
                let key = LineScan.trim(content[..<colon]).lowercased()
                var value = unquote(LineScan.trim(content[content.index(after: colon)...]))
                if value.hasPrefix("["), value.hasSuffix("]") {
                    value = value.dropFirst().dropLast().split(separator: ",")
                        .map { unquote(LineScan.trim($0)) }.joined(separator: ", ")
                }
                values[key] = value
                listKey = value.isEmpty ? key : nil
            }
            line += 1
        }
        return nil
    }

    /// The line a parser starts at: after the front matter, or 0 without one.
    static func contentStart(of text: SourceText) -> Int {
        parse(text)?.contentStart ?? 0
    }

    private static func unquote(_ value: Substring) -> String {
        if value.count >= 2, let first = value.first, first == "\"" || first == "'", value.last == first {
            return String(value.dropFirst().dropLast())
        }
        return String(value)
    }
}
