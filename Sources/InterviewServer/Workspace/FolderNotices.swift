/// What reading a session folder again has to tell the user: only what is new since the previous read.
struct FolderNotices: Sendable, Equatable {
    /// Project file warnings and ignored settings, for `window/showMessage`.
    var warnings: [String] = []
    /// Files of the session that could not be used, for `window/logMessage`.
    var problems: [String] = []
    /// Why the folder could not be read, for the log.
    var failure: String?
}
