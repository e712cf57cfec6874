import Analysis

/// A chunk before it is stored.
struct ChunkDraft: Sendable, Hashable {
    var kind: ChunkKind
    var range: SourceRange
    var text: String
    var speaker: String? = nil
    var speakerRole: SpeakerRole? = nil
    var timestamp: String? = nil
}

/// Cuts a document into chunks along its structure; only long prose is cut into overlapping windows.
enum Chunker {
    /// A unit longer than this (in Unicode scalars) is long prose and gets windows.
    static let longProse = 600
    static let windowSize = 400
    static let windowOverlap = 80

    static func chunks(for document: SessionDocument) -> [ChunkDraft] {
        let source = document.text
        switch document.kind {
        case .jd: return jobDescription(document)
        case .cv: return curriculumVitae(source)
        case .transcript: return transcript(document)
        case .notes: return lines(of: source, skipping: [])
        case .other: return paragraphs(of: source)
        }
    }

    // MARK: Structure

    private static func jobDescription(_ document: SessionDocument) -> [ChunkDraft] {
        let source = document.text
        let parsed = JobDescriptionParser.parse(source, path: document.path)
        var chunks: [ChunkDraft] = []
        var covered = Set(parsed.headings.map(\.range.start.line))
        for requirement in parsed.requirements {
            covered.formUnion(requirement.range.start.line...max(requirement.range.start.line, requirement.range.end.line))
            // The recruiter asked for this requirement to be ignored everywhere, chat answers included.
            if requirement.ignored { continue }
            chunks += unit(requirement.range, in: source, kind: .requirement)
        }
        // The rest of the JD (about the team, responsibilities) still answers chat questions.
        return chunks + lines(of: source, skipping: covered)
    }

    private static func curriculumVitae(_ source: SourceText) -> [ChunkDraft] {
        let parsed = CVParser.parse(source)
        guard !parsed.roles.isEmpty || !parsed.entries.isEmpty else { return lines(of: source, skipping: []) }
        var chunks: [ChunkDraft] = []
        let roleRanges = Set(parsed.roles.map(\.range))
        for role in parsed.roles {
            chunks += unit(role.range, in: source, kind: .role)
        }
        for entry in parsed.entries where !roleRanges.contains(entry.range) {
            chunks += unit(entry.range, in: source, kind: .entry)
        }
        return chunks.sorted { $0.range.start < $1.range.start }
    }

    private static func transcript(_ document: SessionDocument) -> [ChunkDraft] {
        let source = document.text
        let parsed = TranscriptParser.parse(source, path: document.path)
        guard !parsed.turns.isEmpty else { return lines(of: source, skipping: []) }
        return parsed.turns.flatMap { turn in
            unit(turn.range, in: source, kind: .turn, speaker: turn.speaker, role: turn.role, timestamp: turn.timestamp)
        }
    }

    /// Every line with a letter or digit, except `skipping`, front matter and comment-only lines
    /// (`<!-- interview: ignore -->`); a line of long prose becomes windows.
    private static func lines(of source: SourceText, skipping: Set<Int>) -> [ChunkDraft] {
        var chunks: [ChunkDraft] = []
        let start = FrontMatter.parse(source)?.contentStart ?? 0
        for number in start..<max(start, source.lines.count) where !skipping.contains(number) {
            let line = source.lines[number]
            guard line.unicodeScalars.contains(where: { $0.properties.isAlphabetic || $0.properties.numericType != nil })
            else { continue }
            let content = trimmed(line)
            if content.hasPrefix("<!--"), content.hasSuffix("-->") { continue }
            chunks += unit(source.range(ofLine: number), in: source, kind: .line, proseKind: .window)
        }
        return chunks
    }

    /// Paragraphs (runs of non-blank lines), each cut into overlapping windows.
    private static func paragraphs(of source: SourceText) -> [ChunkDraft] {
        var chunks: [ChunkDraft] = []
        var first: Int?
        for number in min(FrontMatter.parse(source)?.contentStart ?? 0, source.lines.count)...source.lines.count {
            let blank = number == source.lines.count || source.lines[number].allSatisfy(\.isWhitespace)
            if !blank, first == nil { first = number }
            if blank, let start = first {
                let paragraph = source.text[source.lines[start].startIndex..<source.lines[number - 1].endIndex]
                chunks += windows(of: trimmed(paragraph)).map {
                    ChunkDraft(kind: .window, range: source.range(of: $0), text: String($0))
                }
                first = nil
            }
        }
        return chunks
    }

    /// One chunk for the text at `range`, or overlapping windows of `proseKind` when it is long prose.
    private static func unit(_ range: SourceRange, in source: SourceText, kind: ChunkKind, proseKind: ChunkKind? = nil,
                             speaker: String? = nil, role: SpeakerRole? = nil, timestamp: String? = nil) -> [ChunkDraft] {
        guard let slice = source.text(in: range) else { return [] }
        let text = trimmed(slice)
        guard !text.isEmpty else { return [] }
        let pieces = isLongProse(text) ? windows(of: text) : [text]
        let pieceKind = pieces.count > 1 ? (proseKind ?? kind) : kind
        return pieces.map {
            ChunkDraft(kind: pieceKind, range: source.range(of: $0), text: String($0),
                       speaker: speaker, speakerRole: role, timestamp: timestamp)
        }
    }

    // MARK: Windows

    private static func isLongProse(_ text: Substring) -> Bool {
        text.utf8.count > longProse && text.unicodeScalars.count > longProse
    }

    /// Windows of about `windowSize` scalars that overlap by about `windowOverlap`, cut at whitespace.
    static func windows(of text: Substring) -> [Substring] {
        let scalars = text.unicodeScalars
        var result: [Substring] = []
        var start = scalars.startIndex
        while start < scalars.endIndex {
            var end = scalars.index(start, offsetBy: windowSize, limitedBy: scalars.endIndex) ?? scalars.endIndex
            if end < scalars.endIndex {
                // Back off to the last whitespace in the second half so no word is cut in two.
                let floor = scalars.index(start, offsetBy: windowSize / 2)
                var cut = end
                while cut > floor, !scalars[cut].properties.isWhitespace { cut = scalars.index(before: cut) }
                if cut > floor { end = cut }
            }
            let piece = trimmed(text[start..<end])
            if !piece.isEmpty { result.append(piece) }
            if end == scalars.endIndex { break }
            var next = scalars.index(end, offsetBy: -windowOverlap, limitedBy: start) ?? start
            // Start the next window at a word start inside the overlap.
            while next < end, !scalars[next].properties.isWhitespace { next = scalars.index(after: next) }
            while next < scalars.endIndex, scalars[next].properties.isWhitespace { next = scalars.index(after: next) }
            start = next > start ? next : end
        }
        return result
    }

    /// `text` without leading and trailing whitespace, as a slice of the same string.
    static func trimmed(_ text: Substring) -> Substring {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, scalars[start].properties.isWhitespace { start = scalars.index(after: start) }
        while end > start, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        return text[start..<end]
    }
}
