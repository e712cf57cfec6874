/// Derives stable requirement ids from requirement text.
enum RequirementSlug {
    private static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "as", "is", "are", "be",
        "you", "your", "our", "we", "etc", "eg", "ie", "e", "g", "i", "from", "into", "that", "this", "have", "has",
        "least", "plus",
    ]

    /// Lowercase ASCII words without stopwords, at most six, joined by `-` and at most 48 characters.
    static func slug(for text: some StringProtocol) -> String {
        var result = ""
        var taken = 0
        for folded in PhraseText.words(text) where !stopwords.contains(folded) {
            // Ids stay ASCII: letters of other scripts are left out (an all-foreign text falls back to `requirement-N`).
            let word = folded.utf8.allSatisfy({ $0 < 128 }) ? folded : String(String.UnicodeScalarView(folded.unicodeScalars.filter(\.isASCII)))
            if word.isEmpty { continue }
            if taken == 6 { break }
            if result.isEmpty {
                result = String(word.prefix(48))
            } else {
                guard result.count + 1 + word.count <= 48 else { break }
                result += "-" + word
            }
            taken += 1
        }
        return result
    }

    /// Unique ids for `texts` in order: duplicates get `-2`, `-3`; empty slugs fall back to `requirement-N`.
    static func uniqueSlugs(for texts: [Substring]) -> [String] {
        var used: Set<String> = []
        var nextSuffix: [String: Int] = [:]
        var ids: [String] = []
        // The slugs themselves on every core (a JD can have 100k bullets); making them unique is sequential.
        let slugs = ParallelMap.map(texts.count, minimumChunk: 1024) { slug(for: texts[$0]) }
        for (index, var base) in slugs.enumerated() {
            if base.isEmpty { base = "requirement-\(index + 1)" }
            var candidate = base
            var suffix = nextSuffix[base] ?? 2
            while used.contains(candidate) {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            }
            if candidate != base { nextSuffix[base] = suffix }
            used.insert(candidate)
            ids.append(candidate)
        }
        return ids
    }
}
