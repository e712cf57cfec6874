import Analysis

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
    /// Bumped by each scheduled analysis, so a slower, older analysis never overwrites a newer one.
    var generation = 0
    var pending: Task<Void, Never>?
    /// JDs whose diagnostics are on screen: absolute path to the URI they were published under.
    var published: [String: String] = [:]
    /// The latest finished analysis, and the generation it was scheduled as.
    var analysis: SessionAnalysis?
    var analyzedGeneration = 0
    /// When the user last opened or edited a document of the folder: picks the session for commands without a URI.
    var lastActivity = ContinuousClock.now
    /// The session's retrieval index, created with the first analysis.
    var index: SessionIndex?

    init(disk: Session) {
        self.disk = disk
    }
}
