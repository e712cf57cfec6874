import Testing
@testable import Analysis

/// Every range a parser returns must select exactly the text it returns.
func expectRangeSelects(_ text: String, _ range: SourceRange, in source: SourceText, sourceLocation: SourceLocation = #_sourceLocation) {
    let selected = source.text(in: range).map(String.init)
    #expect(selected == text, "range \(range) selects \(selected ?? "nil"), not \(text)", sourceLocation: sourceLocation)
}

func parseJD(_ text: String) -> (ParsedJobDescription, SourceText) {
    let source = SourceText(text)
    let parsed = JobDescriptionParser.parse(source, path: "jd.md")
    for requirement in parsed.requirements { expectRangeSelects(requirement.text, requirement.range, in: source) }
    for heading in parsed.headings { expectRangeSelects(heading.text, heading.range, in: source) }
    if let title = parsed.title, let range = parsed.titleRange { expectRangeSelects(title, range, in: source) }
    return (parsed, source)
}

func parseCV(_ text: String) -> ParsedCV {
    let source = SourceText(text)
    let parsed = CVParser.parse(source)
    for entry in parsed.entries { expectRangeSelects(entry.text, entry.range, in: source) }
    for role in parsed.roles { expectRangeSelects(role.title, role.range, in: source) }
    for section in parsed.sections { expectRangeSelects(section.title, section.range, in: source) }
    return parsed
}

func parseTranscript(_ text: String, path: String = "transcript.md") -> [Transcript.Turn] {
    let source = SourceText(text)
    let turns = TranscriptParser.parse(source, path: path).turns
    for turn in turns { expectRangeSelects(turn.text, turn.range, in: source) }
    return turns
}
