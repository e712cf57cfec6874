/// A heading in Markdown or plain text: its text, level and how it was written.
struct HeadingLine {
    enum Style {
        /// `## Requirements`
        case atx
        /// A line underlined with `===` or `---`.
        case setext
        /// `**Requirements**` or `__Requirements__` alone on a line.
        case emphasis
        /// A short line ending with a colon: `Must have:`.
        case colon
        /// A short ALL-CAPS line: `REQUIREMENTS`.
        case capitals
    }

    /// The heading text without `#`, emphasis or trailing colon.
    var text: Substring
    var level: Int
    var style: Style

    /// Plain-text styles are weaker: they may introduce a sub-list inside a section.
    var isPlainText: Bool { style == .colon || style == .capitals || style == .emphasis }

    /// The heading on `lines[index]`, looking at the next line for a setext underline.
    /// List items are never headings; callers check for them first.
    static func detect(in lines: SourceText.Lines, at index: Int, allowEmphasis: Bool = true) -> HeadingLine? {
        let line = lines[index]
        if let atx = atx(line) { return atx }
        let trimmed = LineScan.trim(line)
        guard !trimmed.isEmpty, LineScan.indent(line) < 4 else { return nil }
        if index + 1 < lines.count, let level = setextLevel(lines[index + 1]), !LineScan.begins(trimmed, "|") {
            return HeadingLine(text: LineScan.unwrapEmphasis(trimmed), level: level, style: .setext)
        }
        if allowEmphasis, let text = emphasis(trimmed) { return HeadingLine(text: text, level: 2, style: .emphasis) }
        if let text = colon(trimmed) { return HeadingLine(text: text, level: 2, style: .colon) }
        if let text = capitals(trimmed) { return HeadingLine(text: text, level: 2, style: .capitals) }
        return nil
    }

    /// `#`..`######` followed by a space; a closing run of `#` is dropped.
    static func atx(_ line: Substring) -> HeadingLine? {
        let body = LineScan.trimLeading(line)
        guard body.utf8.first == UInt8(ascii: "#"), LineScan.indent(line) < 4 else { return nil }
        let level = body.prefix { $0 == "#" }.count
        guard level >= 1, level <= 6 else { return nil }
        let rest = body.dropFirst(level)
        if let next = rest.first, !LineScan.isSpace(next) { return nil }
        var text = LineScan.trim(rest)
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == text.count || LineScan.isSpace(text[text.index(text.endIndex, offsetBy: -closing - 1)]) {
            text = LineScan.trim(text.dropLast(closing))
        }
        text = LineScan.unwrapEmphasis(text)
        guard !text.isEmpty else { return nil }
        return HeadingLine(text: text, level: level, style: .atx)
    }

    /// 1 for a `===` underline, 2 for `---`, nil otherwise.
    static func setextLevel(_ line: Substring) -> Int? {
        let bytes = LineScan.trim(line).utf8
        guard let first = bytes.first, first == UInt8(ascii: "=") || first == UInt8(ascii: "-"),
              LineScan.indent(line) < 4, bytes.allSatisfy({ $0 == first }) else { return nil }
        if first == UInt8(ascii: "=") { return bytes.count >= 2 ? 1 : nil }
        return bytes.count >= 3 ? 2 : nil
    }

    /// The inner text of a line that is only `**text**`, `__text__` or `*text*`, with an optional colon.
    static func emphasis(_ trimmed: Substring) -> Substring? {
        guard LineScan.begins(trimmed, "**") || LineScan.begins(trimmed, "__") || (LineScan.begins(trimmed, "*") && !LineScan.begins(trimmed, "* ")) else { return nil }
        var body = trimmed
        if LineScan.ends(body, ":") { body = body.dropLast() }
        guard LineScan.ends(body, "**") || LineScan.ends(body, "__") || LineScan.ends(body, "*") else { return nil }
        let text = LineScan.unwrapEmphasis(trimmed)
        guard text.startIndex > trimmed.startIndex, !text.isEmpty, text.utf8.count <= 80,
              !text.contains("*"), !text.contains("__") else { return nil }
        return text
    }

    /// The text of a short line that ends with a colon: at most eight words, no sentence punctuation.
    static func colon(_ trimmed: Substring) -> Substring? {
        guard LineScan.ends(trimmed, ":") else { return nil }
        let text = LineScan.unwrapEmphasis(trimmed)
        guard !text.isEmpty, text.utf8.count <= 60, LineScan.wordCount(text) <= 8,
              let first = text.first, first.isLetter || first.isNumber || first.isSymbol || first.isPunctuation,
              !text.contains(where: { $0 == "." || $0 == "?" || $0 == "!" || $0 == ";" || $0 == ":" }) else { return nil }
        return text
    }

    /// The text of a short ALL-CAPS line with a word of four letters or more (so `AWS / GCP` stays an item).
    static func capitals(_ trimmed: Substring) -> Substring? {
        var longestRun = 0
        var run = 0
        for character in trimmed {
            if character.isLetter {
                guard character.isUppercase else { return nil }
                run += 1
                longestRun = max(longestRun, run)
            } else {
                run = 0
            }
        }
        guard longestRun >= 4, trimmed.utf8.count <= 60, LineScan.wordCount(trimmed) <= 6,
              !trimmed.contains(","), !LineScan.ends(trimmed, ".") else { return nil }
        let text = LineScan.unwrapEmphasis(trimmed)
        return text.isEmpty ? nil : text
    }
}
