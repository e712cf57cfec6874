import Analysis

/// The analysis a request answers from: a session's, or in a role one candidate's (the role's JDs and that
/// candidate's files), or the role's overview, which quotes no candidate.
struct SessionView: Sendable {
    var analysis: SessionAnalysis
    /// The role's analyses, when the folder is a role.
    var role: RoleAnalysis?
    /// The candidate in view; nil for a plain session and for the role's overview.
    var candidate: RoleCandidate?

    /// Whether this is a role seen as a whole: nothing in it is any candidate's evidence.
    var isRoleOverview: Bool { role != nil && candidate == nil }
}
