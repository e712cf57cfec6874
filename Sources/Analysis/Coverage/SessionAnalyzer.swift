// TEMPORARY scaffold: the matching work replaces this file with the real analyzer.
/// Analyses a session: parses its documents, matches requirements to evidence, decides statuses.
public struct SessionAnalyzer: Sendable {
    public var taxonomy: SkillTaxonomy

    public init(taxonomy: SkillTaxonomy) {
        self.taxonomy = taxonomy
    }

    /// Analyses `session` from scratch; deterministic for the same input.
    public func analyze(_ session: Session) -> SessionAnalysis {
        var jobDescriptions: [String: ParsedJobDescription] = [:]
        var assessments: [Assessment] = []
        for document in session.documents(of: .jd) {
            let parsed = JobDescriptionParser.parse(document.text, path: document.path)
            jobDescriptions[document.path] = parsed
            assessments += parsed.requirements.filter { !$0.ignored }.map { Assessment(requirement: $0, status: .unmet, evidence: []) }
        }
        return SessionAnalysis(session: session, jobDescriptions: jobDescriptions, assessments: assessments)
    }
}
