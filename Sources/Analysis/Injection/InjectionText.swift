/// The form of text the injection rules read: ASCII letters folded to lowercase, zero-width characters
/// (U+200B–U+200D, U+2060, U+FEFF) removed, runs of spaces and tabs made one space, curly apostrophes
/// made straight. Hidden characters and odd spacing then cannot split a phrase the rules look for.
enum InjectionText {
    /// Reads UTF-8 bytes as their normalized form, one byte at a time, without copying the text.
    struct Cursor {
        private let bytes: UnsafeBufferPointer<UInt8>
        /// Where the next byte is read.
        private var index: Int
        /// Where the byte last returned starts in `bytes`.
        private(set) var lastStart = 0
        /// The byte last returned (a space before the first): spaces after a space are skipped.
        private(set) var last: UInt8

        init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int = 0, after last: UInt8 = 0x20) {
            self.bytes = bytes
            self.index = index
            self.last = last
        }

        /// The next normalized byte, or nil at the end.
        mutating func next() -> UInt8? {
            while index < bytes.count {
                let start = index
                var byte = bytes[index]
                index += 1
                if byte < 0x80 {
                    if byte == 0x20 || byte == 0x09 {
                        if last == 0x20 { continue }
                        byte = 0x20
                    } else if byte &- 0x41 < 26 {
                        byte |= 0x20
                    }
                } else if byte == 0xE2 || byte == 0xEF || byte == 0xC2, let (length, replacement) = special(at: start) {
                    index = start + length
                    guard let replacement, replacement != 0x20 || last != 0x20 else { continue }
                    byte = replacement
                }
                last = byte
                lastStart = start
                return byte
            }
            return nil
        }

        /// The length of a special multi-byte character at `index` and what it becomes (nil: nothing).
        private func special(at index: Int) -> (Int, UInt8?)? {
            // 0 past the end: no special character ends there.
            func at(_ offset: Int) -> UInt8 { index + offset < bytes.count ? bytes[index + offset] : 0 }
            switch (bytes[index], at(1), at(2)) {
            case (0xE2, 0x80, 0x8B...0x8D), (0xE2, 0x81, 0xA0), (0xEF, 0xBB, 0xBF): return (3, nil)
            case (0xE2, 0x80, 0x98), (0xE2, 0x80, 0x99): return (3, UInt8(ascii: "'"))
            case (0xC2, 0xA0, _): return (2, 0x20)
            default: return nil
            }
        }
    }

    /// `text` normalized, as a string.
    static func normalized(_ text: some StringProtocol) -> String {
        var copy = String(text)
        return copy.withUTF8 { bytes in
            var cursor = Cursor(bytes)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count)
            while let byte = cursor.next() { output.append(byte) }
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// The words of normalized `text` for the rules: letters, digits, `'` and `-` inside words; a colon is a
    /// word of its own (it ends a label such as "New instructions:"). Contractions are split ("you're" →
    /// "you are", "don't" → "do not") and "language model" is one word, `llm`.
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        func flush() {
            let word = current.trimming { $0 == "'" || $0 == "-" }
            current = ""
            guard !word.isEmpty else { return }
            if let expanded = contractions[word] {
                words += expanded
            } else if (word == "model" || word == "models"), words.last == "language" {
                words[words.count - 1] = "llm"
            } else {
                words.append(word)
            }
        }
        for character in text {
            if character.isLetter || character.isNumber || character == "'" || character == "-" {
                current.append(character)
            } else {
                flush()
                if character == ":" { words.append(":") }
            }
        }
        flush()
        return words
    }

    private static let contractions: [String: [String]] = [
        "you're": ["you", "are"], "youre": ["you", "are"], "don't": ["do", "not"], "dont": ["do", "not"],
    ]
}

extension String {
    fileprivate func trimming(_ trimmed: (Character) -> Bool) -> String {
        guard let first = firstIndex(where: { !trimmed($0) }), let last = lastIndex(where: { !trimmed($0) }) else { return "" }
        return String(self[first...last])
    }
}
