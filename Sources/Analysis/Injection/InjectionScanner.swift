/// Finds instructions hidden in a CV or transcript that try to steer a model ("ignore previous instructions…").
public enum InjectionScanner {
    /// Phrases that address a model rather than a reader, lowercased.
    static let phrases = [
        "ignore previous instructions", "ignore all previous", "ignore the previous", "ignore prior instructions",
        "disregard previous", "disregard all prior", "disregard the above", "forget your instructions",
        "you are now", "new instructions:", "system prompt", "as an ai language model", "as a language model",
        "rank this candidate", "rate this candidate", "score this candidate", "this candidate is the best",
        "recommend this candidate", "give this candidate", "mark every requirement", "mark all requirements",
        "respond only with", "do not mention",
    ]

    /// The lines of `document` carrying such an instruction, each as an exact citation of the line's text.
    public static func findings(in document: SessionDocument) -> [InjectionFinding] {
        guard document.kind == .cv || document.kind == .transcript || document.kind == .notes,
              mayContainPhrase(document.text.text) else { return [] }
        var found: [InjectionFinding] = []
        for line in document.text.lines {
            let lowered = line.lowercased()
            guard phrases.contains(where: { lowered.contains($0) }) else { continue }
            let text = line.trimmingWhitespace()
            guard let start = line.firstRange(of: text) else { continue }
            let range = document.text.range(of: line[start])
            found.append(InjectionFinding(path: document.path, range: range, quote: text))
        }
        return found
    }

    /// A fast check over the whole text (ASCII case folded, one pass keyed on each phrase's first two bytes)
    /// before the line-by-line scan, which lowercases every line: most documents contain no phrase, and this
    /// runs on every re-analysis.
    static func mayContainPhrase(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { bytes in
            guard bytes.count >= 2 else { return false }
            for start in 0..<(bytes.count - 1) {
                let key = Int(folded(bytes[start])) << 8 | Int(folded(bytes[start + 1]))
                guard startsAPhrase[key], let candidates = phrasesByPrefix[UInt16(key)] else { continue }
                for phrase in candidates where start + phrase.count <= bytes.count {
                    if zip(bytes[start..<(start + phrase.count)], phrase).allSatisfy({ folded($0) == $1 }) { return true }
                }
            }
            return false
        }
    }

    private static func folded(_ byte: UInt8) -> UInt8 {
        byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }

    /// The phrases as bytes, grouped by their first two bytes.
    private static let phrasesByPrefix: [UInt16: [[UInt8]]] = Dictionary(grouping: phrases.map { Array($0.utf8) }) {
        UInt16($0[0]) << 8 | UInt16($0[1])
    }

    /// Whether a pair of bytes begins some phrase, indexed by the pair: the common no-match case in one read.
    private static let startsAPhrase: [Bool] = {
        var table = [Bool](repeating: false, count: 1 << 16)
        for key in phrasesByPrefix.keys { table[Int(key)] = true }
        return table
    }()
}
