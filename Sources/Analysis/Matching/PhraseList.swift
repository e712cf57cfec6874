/// Phrases compiled to lowercased tokens, found in a token run regardless of spacing.
struct PhraseList: Sendable {
    private let phrases: [[String]]
    private let byFirst: [String: [Int]]

    init(_ phrases: [String]) {
        let compiled = phrases.map { Tokenizer.tokens(in: $0[...]).map(\.lower) }.filter { !$0.isEmpty }
        var byFirst: [String: [Int]] = [:]
        for (index, phrase) in compiled.enumerated() { byFirst[phrase[0], default: []].append(index) }
        self.phrases = compiled
        self.byFirst = byFirst
    }

    /// Every occurrence (the longest at each start) of a phrase in `tokens[range]`, as token ranges.
    func occurrences(in tokens: [TextToken], range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        for start in range {
            var longest = 0
            for index in byFirst[tokens[start].lower] ?? [] {
                let phrase = phrases[index]
                guard start + phrase.count <= range.upperBound, phrase.count > longest else { continue }
                if phrase.indices.allSatisfy({ tokens[start + $0].lower == phrase[$0] }) { longest = phrase.count }
            }
            if longest > 0 { found.append(start..<(start + longest)) }
        }
        return found
    }

    /// True when `tokens[range]` starts with one of the phrases.
    func starts(_ tokens: [TextToken], range: Range<Int>) -> Bool {
        occurrences(in: tokens, range: range).first?.lowerBound == range.lowerBound
    }
}
