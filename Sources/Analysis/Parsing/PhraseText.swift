/// Folds text to lowercase ASCII words for phrase matching and slugs.
enum PhraseText {
    /// The lowercase words of `text`: `c++` becomes `cpp` and `c#` becomes `csharp` so they stay distinct.
    static func words(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current: [UInt8] = []
        current.reserveCapacity(16)
        func flush() {
            if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        var isShortLetterWord: Bool {
            current.count <= 2 && !current.isEmpty && current.allSatisfy { $0 >= 97 && $0 <= 122 }
        }
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        // Bytes and scalars, not Characters: this runs on every requirement and heading.
        while index < scalars.endIndex {
            let scalar = scalars[index]
            index = scalars.index(after: index)
            let value = scalar.value
            switch value {
            case 48...57, 97...122:
                current.append(UInt8(value))
            case 65...90:
                current.append(UInt8(value + 32))
            case 39, 0x2019:
                continue
            case 43 where isShortLetterWord && index < scalars.endIndex && scalars[index] == "+":
                current.append(contentsOf: "pp".utf8)
                index = scalars.index(after: index)
            case 35 where isShortLetterWord:
                current.append(contentsOf: "sharp".utf8)
            case 0...127:
                flush()
            default:
                if let folded = fold(scalar) { current.append(contentsOf: folded.utf8) } else { flush() }
            }
        }
        flush()
        return words
    }

    /// The lowercase ASCII form of a letter or digit, nil for anything else.
    static func fold(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 48...57, 97...122: return String(scalar)
        case 65...90: return String(Unicode.Scalar(scalar.value + 32)!)
        case 0...127: return nil
        default: break
        }
        guard scalar.properties.isAlphabetic else { return nil }
        switch Character(scalar).lowercased() {
        case "à", "á", "â", "ã", "ä", "å", "ā": return "a"
        case "ç", "č", "ć": return "c"
        case "è", "é", "ê", "ë", "ē", "ę", "ě": return "e"
        case "ì", "í", "î", "ï": return "i"
        case "ñ", "ń": return "n"
        case "ò", "ó", "ô", "õ", "ö", "ø", "ő": return "o"
        case "ù", "ú", "û", "ü", "ű", "ů": return "u"
        case "ý", "ÿ": return "y"
        case "š", "ś": return "s"
        case "ž", "ź", "ż": return "z"
        case "ł": return "l"
        case "ř": return "r"
        case "ß": return "ss"
        case "æ": return "ae"
        case "œ": return "oe"
        // Combining accents (decomposed "é") fold away; other scripts keep their letters.
        default: return scalar.properties.generalCategory == .nonspacingMark ? "" : Character(scalar).lowercased()
        }
    }
}
