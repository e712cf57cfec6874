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
    var running: Task<SessionAnalysis, Never>?
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

    init(disk: Session) {
        self.disk = disk
    }
}
