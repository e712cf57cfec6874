/// The sentences of a prepared document that lie on a line flagged as addressing an AI model: they are never
/// evidence, whatever skills they name.
struct InjectedSentences: Sendable {
    private struct Place: Hashable {
        var block: Int
        var sentence: Int
    }

    /// The flagged lines of the document, as `InjectionScanner` found them.
    let findings: [InjectionFinding]
    private let places: Set<Place>

    /// The sentences of `blocks` (each starting at `ranges[i].start`) on a line `InjectionScanner` flags in `document`.
    init(document: SessionDocument, blocks: [PreparedBlock?], ranges: [SourceRange]) {
        findings = InjectionScanner.findings(in: document)
        let lines = Set(findings.map(\.range.start.line))
        var places = Set<Place>()
        if !lines.isEmpty {
            for (index, range) in ranges.enumerated() where (range.start.line...max(range.start.line, range.end.line)).contains(where: lines.contains) {
                guard let block = blocks[index] else { continue }
                let words = block.tokens
                for (sentence, tokens) in block.sentences.enumerated() where !tokens.isEmpty {
                    let placed = block.range(of: block.slice(tokens, of: words), from: range.start)
                    if (placed.start.line...max(placed.start.line, placed.end.line)).contains(where: lines.contains) {
                        places.insert(Place(block: index, sentence: sentence))
                    }
                }
            }
        }
        self.places = places
    }

    /// True when sentence `sentence` of block `block` is on a flagged line.
    func contains(block: Int, sentence: Int) -> Bool {
        !places.isEmpty && places.contains(Place(block: block, sentence: sentence))
    }

    /// True when the skill match `match` of block `block` is in a sentence on a flagged line.
    func contains(block: Int, match: TokenMatch, in prepared: PreparedBlock) -> Bool {
        !places.isEmpty && contains(block: block, sentence: prepared.sentenceIndex(containing: match.tokens.lowerBound))
    }
}
