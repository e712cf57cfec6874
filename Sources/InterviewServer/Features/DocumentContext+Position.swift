import Analysis

extension DocumentContext {
    /// The assessment of the requirement on the line of `position` (in the client's buffer), when the document is a JD.
    func requirement(at position: SourcePosition) -> Assessment? {
        guard document.kind == .jd, let position = analysed(position) else { return nil }
        return analysis.assessment(atPath: document.path, position: position)
    }

    /// The assessments whose evidence lies on the line of `position` (in the client's buffer), with that evidence
    /// (the piece under the cursor first), when the document is a CV or a transcript. Ranges are the analysed ones.
    func evidence(at position: SourcePosition) -> (assessments: [Assessment], evidence: [Evidence]) {
        guard document.kind != .jd, let position = analysed(position) else { return ([], []) }
        let line = position.line
        let assessments = analysis.assessments(citingPath: document.path, line: line)
        var evidence: [Evidence] = []
        for assessment in assessments {
            for item in assessment.evidence where item.excerpt.path == document.path
                && line >= item.excerpt.range.start.line && line <= item.excerpt.range.end.line && !evidence.contains(item) {
                evidence.append(item)
            }
        }
        let under = evidence.filter { $0.excerpt.range.contains(position) }
        return (assessments, under + evidence.filter { !$0.excerpt.range.contains(position) })
    }
}
