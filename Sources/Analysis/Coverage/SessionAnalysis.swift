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

    /// The session's unreadable files, and each JD in which no requirement was found, by path.
    public var problems: [SessionProblem] {
        let empty = jobDescriptions.filter { $0.value.requirements.isEmpty }.keys.map { path in
            SessionProblem(path: path, message: "no requirements found: list them under a heading such as \"Requirements\" or \"Nice to have\"")
        }
        return (session.problems + empty).sorted { $0.path < $1.path }
    }

    /// Count of assessments per priority and status.
    public func count(priority: RequirementPriority, status: RequirementStatus) -> Int {
        assessments.filter { $0.requirement.priority == priority && $0.status == status }.count
    }
}
