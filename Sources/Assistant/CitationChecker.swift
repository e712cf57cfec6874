import Analysis

/// Keeps only citations whose quote is really in the cited document at the cited range.
public struct CitationChecker: Sendable {
    private let documents: [String: SessionDocument]

    public init(session: Session) {
        var documents: [String: SessionDocument] = [:]
        for document in session.documents { documents[document.path] = document }
        self.documents = documents
    }

    /// True when `citation.text` is exactly the text at `citation.range` of an existing document.
    public func isValid(_ citation: Citation) -> Bool {
        guard !citation.text.isEmpty, let document = documents[citation.path],
              let found = document.text.text(in: citation.range) else { return false }
        return found == citation.text
    }

    /// The citations that pass `isValid`, in their original order.
    public func verified(_ citations: [Citation]) -> [Citation] {
        citations.filter(isValid)
    }

    /// Finds `quote` in the document at `path` (the occurrence nearest to `near`, if given) and cites it;
    /// nil when the document does not exist or does not contain the quote.
    public func locate(quote: String, in path: String, near line: Int? = nil) -> Citation? {
        let trimmed = quote.trimmingWhitespace()
        guard !trimmed.isEmpty, let document = documents[path] else { return nil }
        let text = document.text
        var best: SourceRange?
        var searchStart = text.text.startIndex
        while let match = text.text[searchStart...].firstRange(of: trimmed) {
            let range = text.range(of: text.text[match])
            if best == nil { best = range }
            guard let line, let current = best else { break }
            if abs(range.start.line - line) < abs(current.start.line - line) { best = range }
            searchStart = match.upperBound
        }
        guard let best else { return nil }
        return Citation(path: path, kind: document.kind, range: best, text: trimmed)
    }
}
