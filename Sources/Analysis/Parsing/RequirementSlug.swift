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
        var ids = UniqueIDs()
        // The slugs themselves on every core (a JD can have 100k bullets); making them unique is sequential.
        let slugs = ParallelMap.map(texts.count, minimumChunk: 1024) { slug(for: texts[$0]) }
        return slugs.enumerated().map { index, base in
            ids.claim(base.isEmpty ? "requirement-\(index + 1)" : base)
        }
    }

    /// Ids handed out so far, so that each is given once.
    struct UniqueIDs {
        private var used: Set<String> = []
        /// Per base, the suffix to try next: a JD with many equal items stays linear.
        private var nextSuffix: [String: Int] = [:]

        /// `base`, or `base-2`, `base-3`… when taken.
        mutating func claim(_ base: String) -> String {
            var candidate = base
            var suffix = nextSuffix[base] ?? 2
            while used.contains(candidate) {
                candidate = "\(base)-\(suffix)"
                suffix += 1
            }
            if candidate != base { nextSuffix[base] = suffix }
            used.insert(candidate)
            return candidate
        }
    }
}
