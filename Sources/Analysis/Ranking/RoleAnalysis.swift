/// A role folder analysed candidate by candidate: each candidate's session (the role's JDs and that candidate's
/// files) analysed alone, so that no candidate's text is evidence for, or quoted to, another.
public struct RoleAnalysis: Sendable {
    public var role: RoleFolder
    /// One per candidate, in `role.candidates` order: the analysis of `role.session(for:)`.
    public var candidates: [SessionAnalysis]
    /// The names of the candidates analysed for this value rather than taken from the previous one.
    public var analysed: Set<String>
    /// What the role's JDs show when no candidate is in view (see `overview(of:)`).
    public var overview: SessionAnalysis
    /// The session each analysis of `candidates` read, to tell which candidates changed.
    private var inputs: [Session]

    /// Whether `session`, a folder read as one session and split as `role`, is a role: two candidates or more. A
    /// session of one JD and one candidate (a transcript in a sub-folder included) stays one session, and so do
    /// CV files side by side with a transcript or notes at the top: that is one interview, with several CVs.
    public static func isRole(_ role: RoleFolder, of session: Session) -> Bool {
        guard role.candidates.count >= 2 else { return false }
        if role.candidates.contains(where: { $0.folder != nil }) { return true }
        return topLevelInterview(in: session) == nil
    }

    /// The first transcript or notes file at the top of the folder, beside the JD.
    private static func topLevelInterview(in session: Session) -> SessionDocument? {
        session.documents.first { ($0.kind == .transcript || $0.kind == .notes) && !$0.path.contains("/") }
    }

    /// For a folder `isRole` reads as one interview although it has several CV files at its top: a problem on its
    /// first top-level transcript or notes saying so and how to make the folder a role (nobody can tell from the
    /// files whether two CVs are one candidate's). Nil for any other folder.
    public static func oneInterviewNotice(in session: Session) -> SessionProblem? {
        let role = RoleFolder(session: session)
        guard role.candidates.count >= 2, !isRole(role, of: session),
              let interview = topLevelInterview(in: session)
        else { return nil }
        let cvs = role.candidates.flatMap(\.documents).filter { $0.kind == .cv }.map(\.path)
        let listed = cvs.prefix(5).joined(separator: ", ") + (cvs.count > 5 ? ", …" : "")
        return SessionProblem(path: interview.path, message: "check and the editor read it with the \(cvs.count) CV files beside it "
            + "(\(listed)) as one candidate's interview; if they are \(cvs.count) candidates, give each a sub-folder of their own "
            + "(CV, transcript, notes) to make the folder a role")
    }

    /// Analyses each candidate with `analyze`; a candidate whose session is the same as in `previous` keeps its
    /// analysis (typing in one candidate's transcript re-analyses that candidate only).
    public init(role: RoleFolder, analyze: @Sendable (Session) -> SessionAnalysis, reusing previous: RoleAnalysis? = nil) {
        var known: [String: (input: Session, analysis: SessionAnalysis)] = [:]
        if let previous {
            for (index, candidate) in previous.role.candidates.enumerated() {
                known[candidate.name] = (previous.inputs[index], previous.candidates[index])
            }
        }
        let sessions = role.candidates.map(role.session(for:))
        let missing = sessions.indices.filter { known[role.candidates[$0].name]?.input != sessions[$0] }
        // Candidates are independent sessions: several on every core.
        let fresh = ParallelMap.map(missing.count, minimumChunk: 2) { analyze(sessions[missing[$0]]) }
        var analyses = sessions.indices.map { known[role.candidates[$0].name]?.analysis }
        for (slot, index) in missing.enumerated() { analyses[index] = fresh[slot] }
        self.role = role
        self.inputs = sessions
        self.candidates = analyses.compactMap { $0 }
        self.analysed = Set(missing.map { role.candidates[$0].name })
        self.overview = Self.overview(of: role, candidates: candidates)
    }

    /// The candidate whose file is at the role-relative `path`; nil for the JDs and files of nobody.
    public func candidate(owning path: String) -> Int? {
        role.candidates.firstIndex { $0.documents.contains { $0.path == path } }
    }

    /// The index of the candidate named `name`.
    public func candidate(named name: String) -> Int? {
        role.candidates.firstIndex { $0.name == name }
    }

    /// The ranking of the candidates from their analyses (nothing is analysed again).
    public var ranking: RoleRanking {
        RoleRanking(role: role, analyses: candidates)
    }

    /// The requirements no candidate evidences: unmet or contradicted for every one of them, in JD order.
    public var unmetByAll: [Requirement] {
        overview.assessments.filter { $0.status == .unmet }.map(\.requirement)
    }

    /// Each candidate's status of the requirement `id`, in candidate order.
    public func statuses(of id: String) -> [(candidate: String, status: RequirementStatus)] {
        zip(role.candidates, candidates).compactMap { candidate, analysis in
            analysis.assessments.first { $0.requirement.id == id }.map { (candidate.name, $0.status) }
        }
    }

    /// The role's JDs with, for each requirement, the best status any candidate reaches (`unmet` when none
    /// evidences it) and no evidence: a view of the role that quotes nobody.
    private static func overview(of role: RoleFolder, candidates: [SessionAnalysis]) -> SessionAnalysis {
        let session = Session(root: role.root, documents: role.jobDescriptions)
        guard let first = candidates.first else {
            return SessionAnalysis(session: session, jobDescriptions: [:], assessments: [], injections: [])
        }
        let assessments = first.assessments.map { assessment in
            let id = assessment.requirement.id
            let best = candidates.compactMap { $0.assessments.first { $0.requirement.id == id }?.status }
                .max { CandidateScore.credit($0) < CandidateScore.credit($1) } ?? .unmet
            return Assessment(requirement: assessment.requirement, status: best == .contradicted ? .unmet : best, evidence: [])
        }
        let jdPaths = Set(role.jobDescriptions.map(\.path))
        return SessionAnalysis(session: session, jobDescriptions: first.jobDescriptions, assessments: assessments,
                               injections: first.injections.filter { jdPaths.contains($0.path) }, matcher: first.matcher)
    }
}
