/// Folds text to lowercase ASCII words for phrase matching and slugs.
enum PhraseText {
    /// Lowercase words of letters and digits, accents folded, apostrophes dropped, padded with spaces
    /// (`" what were looking for "`) so that `contains(" phrase ")` matches whole words.
    static func padded(_ text: some StringProtocol) -> String {
        " " + words(text).joined(separator: " ") + " "
    }

    /// The lowercase words of `text`: `c++` becomes `cpp` and `c#` becomes `csharp` so they stay distinct.
    static func words(_ text: some StringProtocol) -> [String] {
        var words: [String] = []
        var current = ""
        let characters = Array(text.lowercased())
        var index = 0
        while index < characters.count {
            let character = characters[index]
            index += 1
            if character == "'" || character == "\u{2019}" { continue }
            if let folded = fold(character) {
                current += folded
                continue
            }
            let isShortLetterWord = !current.isEmpty && current.count <= 2 && current.allSatisfy(\.isLetter)
            if isShortLetterWord, character == "+", index < characters.count, characters[index] == "+" {
                current += "pp"
                index += 1
                continue
            }
            if isShortLetterWord, character == "#" {
                current += "sharp"
                continue
            }
            if !current.isEmpty { words.append(current); current = "" }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }

    /// The ASCII form of a letter or digit, nil for anything else.
    static func fold(_ character: Character) -> String? {
        if character.isASCII {
            return character.isLetter || character.isNumber ? String(character) : nil
        }
        guard character.isLetter else { return nil }
        switch character {
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
        default: return nil
        }
    }
}
