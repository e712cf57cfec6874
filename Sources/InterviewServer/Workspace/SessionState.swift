import Analysis
import LanguageServerProtocol
import SessionSupport

/// What the server tracks for one session folder while any of its documents is open.
struct SessionState: Sendable {
    /// The folder as read from disk; open editor buffers are overlaid at analysis time.
    var disk: Session
    /// Settings from the folder's `.interview/config.json`.
    var projectLayer = SettingsLayer()
    /// The project file's warnings already shown.
    var projectWarnings: [String] = []
    /// The project file's settings shown as ignored (shown again only when they change).
    var ignoredFolderSettings: [IgnoredFolderSetting] = []
    /// The number (`SessionWorkspace.startRead`) of the read `disk` comes from, so that a slower, older read never
    /// overwrites a newer one.
    var lastRead = 0
    /// Bumped by each scheduled analysis, so a slower, older analysis never overwrites a newer one.
    var generation = 0
    var pending: Task<Void, Never>?
    /// The analysis computing now: the next one waits for it rather than sharing the CPU with it.
    var running: Task<FolderAnalysis, Never>?
    /// JDs whose diagnostics are on screen: absolute path to the URI they were published under.
    var published: [String: String] = [:]
    /// The latest finished analysis, and the generation it was scheduled as. Requests about documents answer
    /// from it while a newer one is pending.
    var analysis: SessionAnalysis?
    var analyzedGeneration = 0
    /// The versions of the open documents (by absolute path) that `analysis` read: a buffer at another version
    /// has changed since, and positions in it are mapped.
    var analyzedVersions: [String: Int] = [:]
    /// When the user last opened or edited a document of the folder: picks the session for commands without a URI.
    var lastActivity = ContinuousClock.now
    /// The session's retrieval index, created with the first analysis.
    var index: SessionIndex?
    /// The ranking of the role this folder is, for the analysis of `generation`: code lenses ask for it on every
    /// refresh, and each of them ranking every candidate again held up the other requests.
    var ranking: (generation: Int, task: Task<RoleRanking, Never>)?

    /// For a role (two candidates or more): each candidate's analysis, and `analysis` is the role's overview.
    var role: RoleAnalysis?
    /// The user's skills `role` was analysed with: with others, no candidate's analysis is reused.
    var roleSkills: [SkillDefinition] = []
    /// The folder-relative path of the candidate document last opened, changed or saved: a role's JD shows that
    /// candidate (the interview going on now).
    var focus: String?
    /// The candidate whose findings a role's JDs show now (nil: the role's overview), to tell when that changes.
    var shownCandidate: String?
    /// A role's retrieval indexes by candidate name, made when a candidate's file is open or a question needs one.
    var candidateIndexes: [String: SessionIndex] = [:]

    init(disk: Session) {
        self.disk = disk
    }
}

extension SessionState {
    /// How the document at folder-relative `path` sees the folder: the session's analysis; in a role, the
    /// candidate's whose file it is, and for a JD (or no document) the focused candidate's, else the role's overview.
    /// Nil before the first analysis.
    func view(of path: String?) -> SessionView? {
        guard let analysis else { return nil }
        guard let role else { return SessionView(analysis: analysis) }
        let owner = path.flatMap(role.candidate(owning:))
        let isJD = path.map { path in role.role.jobDescriptions.contains { $0.path == path } } ?? true
        guard let index = owner ?? (isJD ? focus.flatMap(role.candidate(owning:)) : nil) else {
            return SessionView(analysis: role.overview, role: role)
        }
        return SessionView(analysis: role.candidates[index], role: role, candidate: role.role.candidates[index])
    }
}
