/// Turns free text into an FTS5 query that cannot fail to parse: quoted terms joined by OR.
public enum FTSQuery {
    /// At most this many terms are sent, so a pasted paragraph stays a cheap query.
    static let maximumTerms = 32

    /// Words that match almost every chunk; dropped unless the query has nothing else.
    static let stopWords: Set<String> = [
        "a", "an", "and", "are", "as", "at", "be", "by", "did", "do", "does", "for", "from", "has", "have",
        "he", "her", "his", "how", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "she", "so",
        "that", "the", "their", "they", "this", "to", "was", "we", "were", "what", "when", "where", "which",
        "who", "why", "with", "you", "your",
    ]

    /// The FTS5 MATCH expression for `text`, or nil when it has no searchable word.
    public static func matchExpression(for text: String) -> String? {
        let terms = self.terms(in: text)
        guard !terms.isEmpty else { return nil }
        // Every term is letters and digits only, so quoting makes it a plain phrase: no operator,
        // column filter, prefix star or parenthesis from user text reaches the FTS5 parser.
        return terms.map { "\"\($0)\"" }.joined(separator: " OR ")
    }

    /// The distinct lowercased words of `text` (letters and digits), stop words removed when others remain.
    static func terms(in text: String) -> [String] {
        var words: [String] = []
        var seen: Set<String> = []
        var current = String.UnicodeScalarView()
        func flush() {
            guard !current.isEmpty else { return }
            let word = String(current).lowercased()
            current.removeAll()
            if seen.insert(word).inserted { words.append(word) }
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else {
                flush()
            }
        }
        flush()
        let meaningful = words.filter { !stopWords.contains($0) }
        return Array((meaningful.isEmpty ? words : meaningful).prefix(maximumTerms))
    }
}
