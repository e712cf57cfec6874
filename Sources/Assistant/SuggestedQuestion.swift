import Analysis

/// A follow-up question for the interviewer, grounded in what the session says about one requirement.
public struct SuggestedQuestion: Sendable, Hashable {
    /// The question, ready to be asked.
    public var text: String
    public var requirementId: String
    /// Why this question: the requirement's status in a few words ("claimed, not yet discussed").
    public var reason: String
    /// Where the requirement is stated.
    public var requirement: Citation
    /// The quote the question builds on, if any.
    public var grounding: Citation?

    public init(text: String, requirementId: String, reason: String, requirement: Citation, grounding: Citation?) {
        self.text = text
        self.requirementId = requirementId
        self.reason = reason
        self.requirement = requirement
        self.grounding = grounding
    }
}
