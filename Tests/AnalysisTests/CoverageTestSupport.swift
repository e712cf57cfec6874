@testable import Analysis

/// Builds a transcript by hand from `Speaker: text` lines, as the transcript parser would.
func handTranscript(_ text: String, path: String = "interview.md", kind: DocumentKind = .transcript,
                    interviewers: Set<String> = ["Sam"]) -> PreparedTranscript {
    let source = SourceText(text)
    var turns: [Transcript.Turn] = []
    for (line, content) in source.lines.enumerated() where content.contains(where: { $0 != " " }) {
        var speaker: String?
        var body = content
        if let colon = content.firstIndex(of: ":"), !content[..<colon].contains(" ") {
            speaker = String(content[..<colon])
            body = content[content.index(after: colon)...].drop { $0 == " " }
        }
        let role: SpeakerRole = speaker.map { interviewers.contains($0) ? .interviewer : .candidate } ?? .unknown
        let start = content.utf16.distance(from: content.startIndex, to: body.startIndex)
        let range = SourceRange(start: SourcePosition(line: line, character: start),
                                end: SourcePosition(line: line, character: content.utf16.count))
        turns.append(Transcript.Turn(speaker: speaker, role: role, timestamp: nil, text: String(body), range: range))
    }
    return PreparedTranscript(document: SessionDocument(path: path, kind: kind, text: source),
                              transcript: Transcript(turns: turns), matcher: trapMatcher)
}

/// Builds a CV by hand: every non-empty line is an entry; `roles` gives (first line, last line, start, end).
func handCV(_ text: String, roles: [(lines: ClosedRange<Int>, start: Double?, end: Double?)] = [],
            path: String = "cv.md") -> PreparedCV {
    let source = SourceText(text)
    let parsedRoles = roles.map { role in
        ParsedCV.Role(title: String(source.line(role.lines.lowerBound)), range: source.range(ofLine: role.lines.lowerBound),
                      start: role.start, end: role.end, lines: role.lines)
    }
    var entries: [ParsedCV.Entry] = []
    for (line, content) in source.lines.enumerated() where !content.isEmpty {
        let body = content.hasPrefix("- ") ? content.dropFirst(2) : content
        let start = content.utf16.distance(from: content.startIndex, to: body.startIndex)
        let range = SourceRange(start: SourcePosition(line: line, character: start),
                                end: SourcePosition(line: line, character: content.utf16.count))
        entries.append(ParsedCV.Entry(text: String(body), range: range, section: nil,
                                      roleIndex: parsedRoles.firstIndex { $0.lines.contains(line) }))
    }
    return PreparedCV(document: SessionDocument(path: path, kind: .cv, text: source),
                      parsed: ParsedCV(sections: [], roles: parsedRoles, entries: entries), matcher: trapMatcher)
}

/// A requirement as the JD parser would give it, with skills from the trap taxonomy.
func handRequirement(_ text: String, minYears: Double? = nil) -> Requirement {
    Requirement(id: text.lowercased(), text: text, priority: .must, path: "jd.md",
                range: SourceRange(start: SourcePosition(line: 0, character: 0), end: SourcePosition(line: 0, character: 0)),
                skills: trapMatcher.requirementSkills(in: text), minYears: minYears)
}

/// Assesses `requirement` against hand-built documents (the transcript first, as in a session sorted by path).
func assess(_ requirement: String, minYears: Double? = nil, transcript: PreparedTranscript? = nil,
            cv: PreparedCV? = nil, referenceDate: Double = 2026.0) -> Assessment {
    let assessor = RequirementAssessor(matcher: trapMatcher, options: AnalysisOptions(referenceDate: referenceDate),
                                       transcripts: transcript.map { [(order: 1, document: $0)] } ?? [],
                                       cvs: cv.map { [(order: 0, document: $0)] } ?? [])
    let requirement = handRequirement(requirement, minYears: minYears)
    return assessor.assess(requirement, reading: RequirementReading(requirement, matcher: trapMatcher))
}
