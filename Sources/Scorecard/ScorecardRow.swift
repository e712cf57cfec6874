import Analysis
import Assistant

/// One requirement of the scorecard's table: its priority, status and the quotes behind it.
public struct ScorecardRow: Sendable, Hashable {
    /// The most quotes a row shows: the strongest come first (interview, then CV).
    public static let quoteLimit = 3

    public var requirement: Requirement
    public var status: RequirementStatus
    public var modelJudged: Bool
    public var quotes: [Evidence]
    /// Evidence beyond `quoteLimit`, counted rather than shown.
    public var moreQuotes: Int
    /// Why the status is not better, in the words of the finding ("Unmet must-have: …"); nil when verified.
    public var note: String?

    /// The row of `assessment`.
    public init(assessment: Assessment) {
        requirement = assessment.requirement
        status = assessment.status
        modelJudged = assessment.modelJudged
        quotes = Array(assessment.evidence.prefix(Self.quoteLimit))
        moreQuotes = max(0, assessment.evidence.count - Self.quoteLimit)
        note = Finding(assessment: assessment)?.message
    }

    /// `jd.md:12`: where the JD states the requirement.
    public var location: String { "\(requirement.path):\(requirement.range.start.line + 1)" }

    /// The requirement's short name (its skills, or its text), as the chat names it.
    public var topic: String { QuestionGenerator.topic(of: requirement) }
}
