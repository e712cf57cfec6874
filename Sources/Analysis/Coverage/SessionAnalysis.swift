/// The result of analysing a session: every requirement with its status and evidence.
public struct SessionAnalysis: Sendable {
    public var session: Session
    /// Parsed JDs by session-relative path.
    public var jobDescriptions: [String: ParsedJobDescription]
    /// One per requirement, in JD path then line order; ignored requirements are left out.
    public var assessments: [Assessment]
    /// The CV, transcript and notes lines that address an AI model, in path then line order: never evidence.
    public var injections: [InjectionFinding]
    /// The matcher of the taxonomy the analysis used (the bundled one plus the session's own skills).
    public var matcher: SkillMatcher

    /// An analysis; `injections` are found in `session` when not given, and `matcher` is the bundled taxonomy's.
    public init(session: Session, jobDescriptions: [String: ParsedJobDescription], assessments: [Assessment],
                injections: [InjectionFinding]? = nil, matcher: SkillMatcher? = nil) {
        self.session = session
        self.jobDescriptions = jobDescriptions
        self.assessments = assessments
        self.injections = injections ?? session.documents.flatMap(InjectionScanner.findings)
        self.matcher = matcher ?? AnalysisResources.shared(for: .bundled).matcher
    }

    /// True when `range` of the document at `path` touches a line that addresses an AI model.
    public func touchesInjection(path: String, range: SourceRange) -> Bool {
        injections.contains { $0.path == path && (range.start.line...max(range.start.line, range.end.line)).contains($0.range.start.line) }
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
