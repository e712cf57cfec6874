/// Accumulates a Markdown answer and numbers its citations in order of first use.
struct AnswerBuilder {
    private(set) var lines: [String] = []
    private(set) var citations: [Citation] = []
    private let checker: CitationChecker

    init(checker: CitationChecker) {
        self.checker = checker
    }

    mutating func add(_ line: String) {
        lines.append(line)
    }

    /// The `[n]` marker for a citation, or "" when the citation fails the check (so it is never shown).
    mutating func cite(_ citation: Citation?) -> String {
        guard let citation, checker.isValid(citation) else { return "" }
        if let index = citations.firstIndex(of: citation) { return " [\(index + 1)]" }
        citations.append(citation)
        return " [\(citations.count)]"
    }

    var text: String { lines.joined(separator: "\n") }
}
