
/// The last check before an answer is shown: every citation's quote must be the text at its range.
public enum CitationVerification {
    /// The answer with every citation checked against the session's text: one that fails is dropped and
    /// the `[n]` markers of the rest renumbered.
    public static func verified(_ answer: ChatAnswer, checker: CitationChecker) -> ChatAnswer {
        let valid = answer.citations.map(checker.isValid)
        guard valid.contains(false) else { return answer }
        var renumbered: [Int: Int] = [:]
        var kept: [Citation] = []
        for (index, citation) in answer.citations.enumerated() where valid[index] {
            kept.append(citation)
            renumbered[index + 1] = kept.count
        }
        var copy = answer
        copy.citations = kept
        copy.answer = renumberMarkers(in: answer.answer, renumbered, count: answer.citations.count)
        return copy
    }

    /// Rewrites the markers `[1]`…`[count]` by `mapping`; one missing from it is removed with the space before it.
    /// Other bracketed numbers (a year in a quote) are left alone.
    static func renumberMarkers(in text: String, _ mapping: [Int: Int], count: Int) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            let afterOpen = rest.index(after: open)
            let digits = rest[afterOpen...].prefix { $0.isASCII && $0.isNumber }
            let close = digits.endIndex
            guard !digits.isEmpty, close < rest.endIndex, rest[close] == "]", let number = Int(digits),
                  (1...max(count, 1)).contains(number), count > 0 else {
                result += rest[...open]
                rest = rest[afterOpen...]
                continue
            }
            result += rest[..<open]
            if let replacement = mapping[number] {
                result += "[\(replacement)]"
            } else if result.hasSuffix(" ") {
                result.removeLast()
            }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
