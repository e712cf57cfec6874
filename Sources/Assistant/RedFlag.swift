import Analysis

/// An inconsistency between the CV and the interview that the recruiter should clear up.
public struct RedFlag: Sendable, Hashable {
    /// What kind of inconsistency it is.
    public enum Kind: Sendable, Hashable {
        /// The candidate said they lack what the JD asks for.
        case contradiction
        /// The CV's roles show fewer years than the JD asks for.
        case yearsShortfall(required: Double, found: Double)
        /// The candidate first denied it and later claimed it.
        case changedAnswer
    }

    public var kind: Kind
    public var assessment: Assessment
    /// The candidate's words that raise the flag (a negation); nil for a years shortfall.
    public var said: Evidence?
    /// The CV line a contradiction goes against, when the CV claims it.
    public var cvClaim: Evidence?

    /// The session's red flags: contradictions, then years shortfalls, then changed answers, each in report order.
    public static func all(in analysis: SessionAnalysis) -> [RedFlag] {
        var flags: [RedFlag] = []
        for assessment in analysis.assessments where assessment.status == .contradicted {
            guard let negation = assessment.evidence.last(where: \.negated) else { continue }
            let claim = assessment.evidence.first { $0.source == .cv && !$0.negated }
            flags.append(RedFlag(kind: .contradiction, assessment: assessment, said: negation, cvClaim: claim))
        }
        for assessment in analysis.assessments where assessment.status != .unmet {
            guard let shortfall = QuestionGenerator.yearsShortfall(assessment) else { continue }
            flags.append(RedFlag(kind: .yearsShortfall(required: shortfall.required, found: shortfall.found), assessment: assessment))
        }
        for assessment in analysis.assessments where assessment.status == .verified {
            guard let negation = assessment.evidence.first(where: \.negated) else { continue }
            flags.append(RedFlag(kind: .changedAnswer, assessment: assessment, said: negation))
        }
        return flags
    }
}
