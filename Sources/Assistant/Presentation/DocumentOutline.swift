import Analysis

/// Builds the outline of a session document: JD requirements with status, CV sections and roles, transcript turns.
public enum DocumentOutline {
    /// The outline of `document` as the analysis sees it.
    public static func items(for document: SessionDocument, in analysis: SessionAnalysis) -> [OutlineItem] {
        switch document.kind {
        case .jd: jobDescription(document, analysis)
        case .cv: cv(document)
        case .transcript, .notes: transcript(document)
        case .other: []
        }
    }

    private static func jobDescription(_ document: SessionDocument, _ analysis: SessionAnalysis) -> [OutlineItem] {
        let parsed = analysis.jobDescriptions[document.path] ?? JobDescriptionParser.parse(document.text, path: document.path)
        var statuses: [String: RequirementStatus] = [:]
        for assessment in analysis.assessments where assessment.requirement.path == document.path {
            statuses[assessment.requirement.id] = assessment.status
        }
        let requirements = parsed.requirements.map { requirement in
            let status = requirement.ignored ? "ignored" : statuses[requirement.id]?.rawValue ?? "unmet"
            return OutlineItem(name: requirement.text, detail: "\(requirement.priority.rawValue) · \(status)",
                               kind: .requirement, range: requirement.range, selectionRange: requirement.range)
        }
        let headings = parsed.headings.filter { $0.level > 1 || parsed.headings.count == 1 }
        guard !headings.isEmpty else { return requirements }
        var items: [OutlineItem] = []
        var leading: [OutlineItem] = []
        for (index, heading) in headings.enumerated() {
            let nextLine = index + 1 < headings.count ? headings[index + 1].range.start.line : Int.max
            let children = requirements.filter { $0.range.start.line > heading.range.start.line && $0.range.start.line < nextLine }
            let end = children.last?.range.end ?? heading.range.end
            items.append(OutlineItem(name: heading.text, detail: nil, kind: .section,
                                     range: SourceRange(start: heading.range.start, end: end),
                                     selectionRange: heading.range, children: children))
        }
        if let first = headings.first {
            leading = requirements.filter { $0.range.start.line < first.range.start.line }
        }
        return leading + items
    }

    private static func cv(_ document: SessionDocument) -> [OutlineItem] {
        let parsed = CVParser.parse(document.text)
        let roles = parsed.roles.map { role in
            OutlineItem(name: role.title, detail: nil, kind: .role,
                        range: lineSpan(role.lines, in: document.text, from: role.range), selectionRange: role.range)
        }
        guard !parsed.sections.isEmpty else { return roles }
        return parsed.sections.map { section in
            let children = roles.filter { section.lines.contains($0.selectionRange.start.line) }
            return OutlineItem(name: section.title, detail: nil, kind: .section,
                               range: lineSpan(section.lines, in: document.text, from: section.range),
                               selectionRange: section.range, children: children)
        }
    }

    private static func transcript(_ document: SessionDocument) -> [OutlineItem] {
        TranscriptParser.parse(document.text, path: document.path).turns.map { turn in
            var name = turn.speaker ?? "Note"
            if let timestamp = turn.timestamp { name += " [\(timestamp)]" }
            return OutlineItem(name: name, detail: QuestionGenerator.excerpt(turn.text, limit: 80), kind: .turn,
                               range: turn.range, selectionRange: turn.range)
        }
    }

    /// From the start of `anchor` to the end of the last line in `lines`, so the selection lies inside the range.
    private static func lineSpan(_ lines: ClosedRange<Int>, in text: SourceText, from anchor: SourceRange) -> SourceRange {
        let last = max(lines.upperBound, anchor.end.line)
        let end = last == anchor.end.line ? anchor.end : text.range(ofLine: last).end
        let start = min(anchor.start, SourcePosition(line: lines.lowerBound, character: 0))
        return SourceRange(start: start, end: max(end, anchor.end))
    }
}
