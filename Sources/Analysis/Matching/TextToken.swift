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
/// Walks UTF-8 bytes, decoding a scalar only for non-ASCII text.
enum Tokenizer {
    static func tokens(in text: Substring) -> [TextToken] {
        var tokens: [TextToken] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        let utf8 = text.utf8
        let scalars = text.unicodeScalars
        var index = utf8.startIndex
        var spaceBefore = true
        var lineBreakBefore = false
        func append(_ end: String.Index, lower: String, isWord: Bool) {
            tokens.append(TextToken(text: text[index..<end], lower: lower, isWord: isWord,
                                    spaceBefore: spaceBefore, lineBreakBefore: lineBreakBefore))
            spaceBefore = false
            lineBreakBefore = false
        }
        while index < utf8.endIndex {
            let byte = utf8[index]
            let kind: ScalarClass
            let next: String.Index
            if byte < 0x80 {
                kind = asciiClasses[Int(byte)]
                next = utf8.index(after: index)
            } else {
                kind = classify(scalars[index])
                next = scalars.index(after: index)
            }
            switch kind {
            case .space:
                spaceBefore = true
                if byte == 0x0A || byte == 0x0D { lineBreakBefore = true }
                index = next
            case .symbol(let folded):
                append(next, lower: folded, isWord: false)
                index = next
            case .word:
                var end = next
                var isASCII = byte < 0x80
                var hasUpper = byte >= 0x41 && byte <= 0x5A
                while end < utf8.endIndex {
                    let byte = utf8[end]
                    if byte < 0x80 {
                        guard case .word = asciiClasses[Int(byte)] else { break }
                        if byte >= 0x41 && byte <= 0x5A { hasUpper = true }
                        end = utf8.index(after: end)
                    } else {
                        guard case .word = classify(scalars[end]) else { break }
                        isASCII = false
                        end = scalars.index(after: end)
                    }
                }
                let slice = text[index..<end]
                let lower = !isASCII ? slice.lowercased() : hasUpper ? asciiLowercased(slice) : String(slice)
                append(end, lower: lower, isWord: true)
                index = end
            }
        }
        return tokens
    }

    private enum ScalarClass {
        case space
        case symbol(String)
        case word
    }

    private static let asciiClasses: [ScalarClass] = (0..<128).map { value in
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: .word
        case 0x09...0x0D, 0x20: .space
        default: .symbol(String(Character(Unicode.Scalar(UInt8(value)))))
        }
    }

    private static func classify(_ scalar: Unicode.Scalar) -> ScalarClass {
        let value = scalar.value
        if value < 0x80 { return asciiClasses[Int(value)] }
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
        String(unsafeUninitializedCapacity: text.utf8.count) { buffer in
            var count = 0
            for byte in text.utf8 {
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }
}
