import Analysis

/// One analysis pass over a session folder: one session, or a role's candidates each analysed alone.
struct FolderAnalysis: Sendable {
    /// The session's analysis; for a role, its overview (`RoleAnalysis.overview`).
    var analysis: SessionAnalysis
    /// Each candidate's analysis, when the folder is a role.
    var role: RoleAnalysis?

    /// Every document the pass read, for releasing memory after it.
    var documents: [SessionDocument] {
        guard let role else { return analysis.session.documents }
        return role.role.jobDescriptions + role.role.candidates.flatMap(\.documents)
    }

    /// Analyses `session` with `analyze`: as a role when it is one (each candidate's session apart, reusing
    /// `previous` analyses of candidates whose files did not change), else as one session. Blocking.
    static func analyze(_ session: Session, reusing previous: RoleAnalysis?,
                        with analyze: @escaping @Sendable (Session) -> SessionAnalysis) -> FolderAnalysis {
        let role = RoleFolder(session: session)
        guard RoleAnalysis.isRole(role, of: session) else { return FolderAnalysis(analysis: analyze(session)) }
        let analyses = RoleAnalysis(role: role, analyze: analyze, reusing: previous)
        return FolderAnalysis(analysis: analyses.overview, role: analyses)
    }
}
