/// Small scanning helpers the parsers share; they return slices so that ranges stay exact.
enum LineScan {
    /// `slice` without leading and trailing whitespace (a BOM counts as whitespace here).
    static func trim(_ slice: Substring) -> Substring {
        // Scalars rather than Characters: grapheme breaking dominates the parsers' time otherwise.
        let scalars = slice.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isSpace(scalars[start]) { start = scalars.index(after: start) }
        while end > start {
            let previous = scalars.index(before: end)
            guard isSpace(scalars[previous]) else { break }
            end = previous
        }
        return slice[start..<end]
    }

    /// `slice` without leading whitespace.
    static func trimLeading(_ slice: Substring) -> Substring {
        let scalars = slice.unicodeScalars
        var start = scalars.startIndex
        while start < scalars.endIndex, isSpace(scalars[start]) { start = scalars.index(after: start) }
        return slice[start...]
    }

    static func isSpace(_ character: Character) -> Bool {
        if let ascii = character.asciiValue { return ascii == 32 || (ascii >= 9 && ascii <= 13) }
        return character.isWhitespace || character == "\u{FEFF}"
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09...0x0D, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: true
        default: false
        }
    }

    static func isBlank(_ slice: Substring) -> Bool {
        slice.unicodeScalars.allSatisfy(isSpace)
    }

    /// Columns of leading whitespace, a tab counting four.
    static func indent(_ slice: Substring) -> Int {
        var width = 0
        for byte in slice.utf8 {
            if byte == 9 { width += 4 } else if byte == 32 { width += 1 } else { break }
        }
        return width
    }

    /// Number of whitespace-separated words.
    static func wordCount(_ slice: Substring) -> Int {
        var count = 0
        var inWord = false
        for byte in slice.utf8 {
            if byte == 32 || (byte >= 9 && byte <= 13) { inWord = false } else if !inWord { inWord = true; count += 1 }
        }
        return count
    }

    /// `text.hasPrefix(prefix)` on bytes: the generic `Character` comparison shows up in profiles.
    static func begins(_ text: Substring, _ prefix: String) -> Bool {
        text.utf8.starts(with: prefix.utf8)
    }

    /// `text.hasSuffix(suffix)` on bytes.
    static func ends(_ text: Substring, _ suffix: String) -> Bool {
        let bytes = text.utf8
        let count = suffix.utf8.count
        guard bytes.count >= count else { return false }
        return bytes[bytes.index(bytes.endIndex, offsetBy: -count)...].elementsEqual(suffix.utf8)
    }

    /// The range of the first `-->` in `slice`.
    static func arrow(in slice: Substring) -> Range<Substring.Index>? {
        find("-->", in: slice)
    }

    /// The range of the first occurrence of an ASCII `needle`, found on bytes (the generic substring search is far slower).
    static func find(_ needle: String, in slice: Substring) -> Range<Substring.Index>? {
        let bytes = slice.utf8
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        var index = bytes.startIndex
        while let start = bytes[index...].firstIndex(of: first) {
            var probe = start
            var matched = 0
            while matched < pattern.count, probe < bytes.endIndex, bytes[probe] == pattern[matched] {
                matched += 1
                probe = bytes.index(after: probe)
            }
            if matched == pattern.count { return start..<probe }
            index = bytes.index(after: start)
        }
        return nil
    }

    /// `slice` with one wrapping pair of `**`, `__`, `*` or `_` removed, and a trailing colon inside or outside it.
    static func unwrapEmphasis(_ slice: Substring) -> Substring {
        var result = trim(slice)
        if ends(result, ":") { result = trim(result.dropLast()) }
        for delimiter in ["**", "__", "*", "_"] where result.utf8.count > delimiter.utf8.count * 2
            && begins(result, delimiter) && ends(result, delimiter) {
            let inner = result.dropFirst(delimiter.count).dropLast(delimiter.count)
            if inner.contains(delimiter.first!) { continue }
            result = trim(inner)
            if ends(result, ":") { result = trim(result.dropLast()) }
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
