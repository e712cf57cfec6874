/// A requirement with its status and the evidence behind it.
public struct Assessment: Sendable, Hashable {
    public var requirement: Requirement
    public var status: RequirementStatus
    /// Ordered: transcript evidence first, then CV, each in document order.
    public var evidence: [Evidence]
    /// Years of relevant experience the CV's roles show, when the requirement asks for years.
    public var yearsFound: Double?
    /// Set when a model, not the offline engine, decided the status.
    public var modelJudged: Bool
    /// Parts of the requirement that no skill names and nothing shows ("Czech" in "Fluent English
    /// and Czech"), as written; they keep the status at most claimed.
    public var unconfirmed: [String]

    public init(requirement: Requirement, status: RequirementStatus, evidence: [Evidence],
                yearsFound: Double? = nil, modelJudged: Bool = false, unconfirmed: [String] = []) {
        self.requirement = requirement
        self.status = status
        self.evidence = evidence
        self.yearsFound = yearsFound
        self.modelJudged = modelJudged
        self.unconfirmed = unconfirmed
    }
}
