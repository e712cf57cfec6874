/// The kind of question a recruiter asked, deciding how the offline assistant answers.
public enum ChatIntent: String, Sendable, Hashable, CaseIterable {
    /// "What skills are missing for this JD…?"
    case missingSkills
    /// "What are the strongest evidence-backed strengths…?"
    case strengths
    /// "Which JD requirements are not yet covered and what should I ask next?"
    case coverageAndNextQuestions
    /// "List red flags or inconsistencies between the CV and what was said."
    case redFlags
    /// Anything else: answered with the best passages from the index.
    case passages

    /// Classifies a question by its wording; order matters where phrasings overlap.
    public static func classify(_ question: String) -> ChatIntent {
        let text = question.lowercased()
        func has(_ words: String...) -> Bool { words.contains { text.contains($0) } }
        if has("red flag", "inconsisten", "contradict", "concern", "discrepanc", "mismatch", "don't add up", "do not add up") {
            return .redFlags
        }
        if has("not yet covered", "uncovered", "not covered", "ask next", "should i ask", "what to ask", "next question", "follow-up", "follow up") {
            return .coverageAndNextQuestions
        }
        if has("missing", "gap", "lack", "unmet", "weakness", "weak spot") {
            return .missingSkills
        }
        if has("strength", "strongest", "strong point", "best evidence", "stand out", "standout", "excel") {
            return .strengths
        }
        return .passages
    }
}
