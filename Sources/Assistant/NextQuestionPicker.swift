import Analysis

/// Picks the single best next question for a session.
public enum NextQuestionPicker {
    /// The highest-priority unmet or merely claimed requirement whose question the notes do not already ask.
    /// `requirementId` restricts the choice to one requirement (any status).
    public static func best(in analysis: SessionAnalysis, requirementId: String? = nil) -> SuggestedQuestion? {
        let asked = askedTexts(in: analysis.session)
        if let requirementId {
            return analysis.assessments.first { $0.requirement.id == requirementId }.map(QuestionGenerator.question(for:))
        }
        let ranked = analysis.assessments.enumerated()
            .filter { $0.element.status == .unmet || $0.element.status == .claimed }
            .sorted { lhs, rhs in
                let left = (rank(lhs.element.requirement.priority), rank(lhs.element.status), lhs.offset)
                let right = (rank(rhs.element.requirement.priority), rank(rhs.element.status), rhs.offset)
                return left < right
            }
        for (_, assessment) in ranked {
            let question = QuestionGenerator.question(for: assessment)
            if !asked.contains(where: { $0.contains(question.text) }) { return question }
        }
        return nil
    }

    private static func rank(_ priority: RequirementPriority) -> Int { priority == .must ? 0 : 1 }
    private static func rank(_ status: RequirementStatus) -> Int { status == .unmet ? 0 : 1 }

    /// The text of every notes and Markdown transcript document, where inserted questions live.
    private static func askedTexts(in session: Session) -> [String] {
        session.documents.filter { $0.kind == .notes || $0.kind == .transcript }.map(\.text.text)
    }
}
