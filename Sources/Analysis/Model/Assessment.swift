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

    public init(requirement: Requirement, status: RequirementStatus, evidence: [Evidence],
                yearsFound: Double? = nil, modelJudged: Bool = false) {
        self.requirement = requirement
        self.status = status
        self.evidence = evidence
        self.yearsFound = yearsFound
        self.modelJudged = modelJudged
    }
}
