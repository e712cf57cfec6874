/// A heading in Markdown or plain text, with the line(s) it occupies.
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
    static func detect(in lines: [Substring], at index: Int, allowEmphasis: Bool = true) -> HeadingLine? {
        let line = lines[index]
        if let atx = atx(line) { return atx }
        let trimmed = LineScan.trim(line)
        guard !trimmed.isEmpty, LineScan.indent(line) < 4 else { return nil }
        if index + 1 < lines.count, let level = setextLevel(lines[index + 1]), !trimmed.hasPrefix("|") {
            return HeadingLine(text: LineScan.unwrapEmphasis(trimmed), level: level, style: .setext)
        }
        if allowEmphasis, let text = emphasis(trimmed) { return HeadingLine(text: text, level: 2, style: .emphasis) }
        if let text = colon(trimmed) { return HeadingLine(text: text, level: 2, style: .colon) }
        if let text = capitals(trimmed) { return HeadingLine(text: text, level: 2, style: .capitals) }
        return nil
    }

    /// `#`..`######` followed by a space; a closing run of `#` is dropped.
    static func atx(_ line: Substring) -> HeadingLine? {
        guard LineScan.indent(line) < 4 else { return nil }
        let body = LineScan.trimLeading(line)
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
        let trimmed = LineScan.trim(line)
        guard trimmed.count >= 2, LineScan.indent(line) < 4 else { return nil }
        if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
        if trimmed.count >= 3, trimmed.allSatisfy({ $0 == "-" }) { return 2 }
        return nil
    }

    /// The inner text of a line that is only `**text**`, `__text__` or `*text*`, with an optional colon.
    static func emphasis(_ trimmed: Substring) -> Substring? {
        guard trimmed.hasPrefix("**") || trimmed.hasPrefix("__") || (trimmed.hasPrefix("*") && !trimmed.hasPrefix("* ")) else { return nil }
        var body = trimmed
        if body.hasSuffix(":") { body = body.dropLast() }
        guard body.hasSuffix("**") || body.hasSuffix("__") || body.hasSuffix("*") else { return nil }
        let text = LineScan.unwrapEmphasis(trimmed)
        guard text.startIndex > trimmed.startIndex, !text.isEmpty, text.count <= 80,
              !text.contains("*"), !text.contains("__") else { return nil }
        return text
    }

    /// The text of a short line that ends with a colon: at most eight words, no sentence punctuation.
    static func colon(_ trimmed: Substring) -> Substring? {
        guard trimmed.hasSuffix(":") else { return nil }
        let text = LineScan.unwrapEmphasis(trimmed)
        guard !text.isEmpty, text.count <= 60, LineScan.wordCount(text) <= 8,
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
        guard longestRun >= 4, trimmed.count <= 60, LineScan.wordCount(trimmed) <= 6,
              !trimmed.contains(","), !trimmed.hasSuffix(".") else { return nil }
        let text = LineScan.unwrapEmphasis(trimmed)
        return text.isEmpty ? nil : text
    }
}
