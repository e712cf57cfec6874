/// One token of a text: a run of letters/digits or a single symbol, with its place in the text.
struct TextToken: Sendable {
    /// The token as written (a slice of the tokenized text, so its indices are the text's).
    var text: Substring
    /// Lowercased; curly quotes and dashes are folded to `'` and `-` so patterns can be plain ASCII.
    var lower: String
    /// A run of letters or digits (otherwise a single symbol such as `+`, `#`, `.`, `/`).
    var isWord: Bool
    /// Whitespace or the start of the text comes right before the token.
    var spaceBefore: Bool
    /// A line break lies between the previous token and this one.
    var lineBreakBefore: Bool

    var range: Range<String.Index> { text.startIndex..<text.endIndex }

    /// True when the first letter is uppercase (a capitalised word).
    var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Ends a sentence: `.`, `!` or `?` (whether it does depends on what follows).
    var isSentencePunctuation: Bool { !isWord && (lower == "." || lower == "!" || lower == "?") }
}

/// Splits text into word and symbol tokens by hand (no Regex: it is on the hot path of every edit).
enum Tokenizer {
    static func tokens(in text: Substring) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        var spaceBefore = true
        var lineBreakBefore = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            switch classify(scalar) {
            case .space:
                spaceBefore = true
                if scalar == "\n" || scalar == "\r" { lineBreakBefore = true }
                index = scalars.index(after: index)
            case .symbol(let folded):
                let next = scalars.index(after: index)
                tokens.append(TextToken(text: text[index..<next], lower: folded, isWord: false,
                                        spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore))
                spaceBefore = false
                lineBreakBefore = false
                index = next
            case .word:
                let start = index
                var isASCII = true
                repeat {
                    if scalars[index].value >= 0x80 { isASCII = false }
                    index = scalars.index(after: index)
                } while index < scalars.endIndex && isWordScalar(scalars[index])
                let slice = text[start..<index]
                tokens.append(TextToken(text: slice, lower: isASCII ? asciiLowercased(slice) : slice.lowercased(),
                                        isWord: true, spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore))
                spaceBefore = false
                lineBreakBefore = false
            }
        }
        return tokens
    }

    private enum ScalarClass {
        case space
        case symbol(String)
        case word
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if case .word = classify(scalar) { return true }
        return false
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return .word
            case 0x09...0x0D, 0x20: return .space
            default: return .symbol(String(Character(scalar)))
            }
        }
        switch value {
        case 0xA0, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2018, 0x2019, 0x201B, 0x2032: return .symbol("'")
        case 0x201C, 0x201D, 0x201F, 0x00AB, 0x00BB: return .symbol("\"")
        case 0x2010...0x2015, 0x2212: return .symbol("-")
        case 0x2026: return .symbol("…")
        default:
            let properties = scalar.properties
            if properties.isAlphabetic || properties.numericType != nil || properties.generalCategory == .nonspacingMark {
                return .word
            }
            return .symbol(String(Character(scalar)))
        }
    }

    private static func asciiLowercased(_ text: Substring) -> String {
        String(decoding: text.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }
}
