/// Small scanning helpers the parsers share; they return slices so that ranges stay exact.
enum LineScan {
    /// `slice` without leading and trailing whitespace (a BOM counts as whitespace here).
    static func trim(_ slice: Substring) -> Substring {
        var result = slice
        while let first = result.first, isSpace(first) { result = result.dropFirst() }
        while let last = result.last, isSpace(last) { result = result.dropLast() }
        return result
    }

    /// `slice` without leading whitespace.
    static func trimLeading(_ slice: Substring) -> Substring {
        var result = slice
        while let first = result.first, isSpace(first) { result = result.dropFirst() }
        return result
    }

    static func isSpace(_ character: Character) -> Bool {
        character.isWhitespace || character == "\u{FEFF}"
    }

    static func isBlank(_ slice: Substring) -> Bool {
        slice.allSatisfy(isSpace)
    }

    /// Columns of leading whitespace, a tab counting four.
    static func indent(_ slice: Substring) -> Int {
        var width = 0
        for character in slice {
            if character == "\t" { width += 4 } else if isSpace(character) { width += 1 } else { break }
        }
        return width
    }

    /// Number of whitespace-separated words.
    static func wordCount(_ slice: Substring) -> Int {
        var count = 0
        var inWord = false
        for character in slice {
            if isSpace(character) { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// `slice` with one wrapping pair of `**`, `__`, `*` or `_` removed, and a trailing colon inside or outside it.
    static func unwrapEmphasis(_ slice: Substring) -> Substring {
        var result = trim(slice)
        if result.hasSuffix(":") { result = trim(result.dropLast()) }
        for delimiter in ["**", "__", "*", "_"] where result.count > delimiter.count * 2
            && result.hasPrefix(delimiter) && result.hasSuffix(delimiter) {
            let inner = result.dropFirst(delimiter.count).dropLast(delimiter.count)
            if inner.contains(delimiter.first!) { continue }
            result = trim(inner)
            if result.hasSuffix(":") { result = trim(result.dropLast()) }
            break
        }
        return result
    }
}

extension SourceText {
    /// The range of `slice`, which must be a slice of line `line`; cheaper than `range(of:)` as the line is known.
    func parsingRange(of slice: Substring, line: Int) -> SourceRange {
        let content = lines[line]
        let start = content.utf16.distance(from: content.startIndex, to: slice.startIndex)
        let end = start + slice.utf16.count
        return SourceRange(start: SourcePosition(line: line, character: start), end: SourcePosition(line: line, character: end))
    }
}
