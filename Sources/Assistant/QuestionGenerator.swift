import Analysis

/// Builds the next question for a requirement offline, from its status and its evidence.
public enum QuestionGenerator {
    /// A question that probes a claim, explores a gap, or follows up a contradiction.
    public static func question(for assessment: Assessment) -> SuggestedQuestion {
        let requirement = assessment.requirement
        let topic = Self.topic(of: requirement)
        let cvQuote = assessment.evidence.first { $0.source == .cv && !$0.negated }
        let negation = assessment.evidence.last { $0.negated }
        let spoken = assessment.evidence.first { $0.source == .transcript && !$0.negated }
        let shortfall = yearsShortfall(assessment)

        let text: String
        let reason: String
        var grounding: Evidence?
        switch assessment.status {
        case .contradicted:
            grounding = negation
            let said = negation.map { "Earlier you said “\(excerpt($0.excerpt.text))”. " } ?? ""
            text = "\(said)The role needs \(topic) — what is the closest thing you have done, and how would you get up to speed in your first months?"
            reason = "contradicted in the interview"
        case .claimed:
            grounding = cvQuote
            if let shortfall, let cvQuote {
                text = "Your CV shows about \(format(shortfall.found)) years of \(topic), and the role asks for \(format(shortfall.required))+. Beyond “\(excerpt(cvQuote.excerpt.text))”, where else have you used \(topic)?"
            } else if let cvQuote {
                text = "Your CV says “\(excerpt(cvQuote.excerpt.text))” — what was your part in that, what broke first, and how did you fix it?"
            } else {
                text = "Your CV mentions \(topic). Can you walk me through a concrete project where you used it, and what you would do differently?"
            }
            reason = "claimed in the CV, not yet discussed"
        case .unmet:
            if requirement.skills.isEmpty {
                text = "The role asks for “\(excerpt(requirement.text))”. Can you tell me about a time you did that, and what came of it?"
            } else {
                text = "The role needs \(topic). Have you worked with it? Walk me through a concrete example, including something that went wrong."
            }
            reason = requirement.priority == .must ? "must-have with no evidence" : "nice-to-have with no evidence"
        case .verified:
            grounding = spoken
            let said = spoken.map { "You mentioned “\(excerpt($0.excerpt.text))”. " } ?? ""
            text = "\(said)How deep does your \(topic) experience go: what is the hardest problem you solved with it?"
            reason = "verified; probing depth"
        }
        return SuggestedQuestion(
            text: text, requirementId: requirement.id, reason: reason,
            requirement: Citation(requirement: requirement), grounding: grounding.map(\.excerpt)
        )
    }

    /// The skills named by the requirement ("Kubernetes and Terraform"), or its text made to fit a sentence.
    public static func topic(of requirement: Requirement) -> String {
        switch requirement.skills.count {
        case 0:
            var text = requirement.text.trimmingWhitespace()
            while let last = text.last, last == "." || last == ";" || last == "," { text.removeLast() }
            return "“\(excerpt(text))”"
        case 1: return requirement.skills[0]
        default: return requirement.skills.dropLast().joined(separator: ", ") + " and " + requirement.skills.last!
        }
    }

    /// Years the JD asks for and the CV shows, when the CV shows fewer.
    public static func yearsShortfall(_ assessment: Assessment) -> (required: Double, found: Double)? {
        guard let required = assessment.requirement.minYears, let found = assessment.yearsFound, found < required else {
            return nil
        }
        return (required, found)
    }

    /// A quote cut to a readable length on a word boundary.
    public static func excerpt(_ quote: String, limit: Int = 120) -> String {
        let text = quote.trimmingWhitespace()
        guard text.count > limit else { return text }
        let cut = text.prefix(limit)
        let end = cut.lastIndex(of: " ") ?? cut.endIndex
        return String(cut[..<end]) + "…"
    }

    /// "3", "1.5": whole numbers without a decimal point.
    public static func format(_ years: Double) -> String {
        let rounded = (years * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
