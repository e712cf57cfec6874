import Analysis

extension SessionAnalysis {
    /// The assessment of the requirement written at `position` in the JD at `path`.
    public func assessment(atPath path: String, position: SourcePosition) -> Assessment? {
        assessments.first { assessment in
            let range = assessment.requirement.range
            return assessment.requirement.path == path && position.line >= range.start.line && position.line <= range.end.line
        }
    }

    /// The assessments whose evidence lies on line `line` of the document at `path`.
    public func assessments(citingPath path: String, line: Int) -> [Assessment] {
        assessments.filter { assessment in
            assessment.evidence.contains { $0.excerpt.path == path && line >= $0.excerpt.range.start.line && line <= $0.excerpt.range.end.line }
        }
    }
}
