/// The result of analysing a session: every requirement with its status and evidence.
public struct SessionAnalysis: Sendable {
    public var session: Session
    /// Parsed JDs by session-relative path.
    public var jobDescriptions: [String: ParsedJobDescription]
    /// One per requirement, in JD path then line order; ignored requirements are left out.
    public var assessments: [Assessment]

    public init(session: Session, jobDescriptions: [String: ParsedJobDescription], assessments: [Assessment]) {
        self.session = session
        self.jobDescriptions = jobDescriptions
        self.assessments = assessments
    }

    /// Count of assessments per priority and status.
    public func count(priority: RequirementPriority, status: RequirementStatus) -> Int {
        assessments.filter { $0.requirement.priority == priority && $0.status == status }.count
    }
}
