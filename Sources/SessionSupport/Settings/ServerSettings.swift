import Analysis
import JSON
import Logging

/// Effective settings for a session: the user's settings over the defaults, then what the session folder's
/// own config may change of them (`FolderSettingRule`).
public struct ServerSettings: Sendable, Hashable {
    /// `interview.debounceMs`: how long an edit waits before the session is analysed again.
    public var debounceMs: Int
    /// `interview.documentGlobs`: document kinds by glob, over the kinds taken from file names.
    public var documentGlobs: [DocumentKind: [String]]
    /// `interview.skills`: skills added to the bundled taxonomy.
    public var skills: [SkillDefinition]
    /// `interview.logLevel`, nil for the logger's own default.
    public var logLevel: LogLevel?
    /// `interview.model`, each member from the highest layer that sets it; see `ModelOptions`.
    public var model: [String: JSON] = [:]
    /// `interview.index.path`, nil for the default `.interview/index.sqlite` in the session folder; a folder's
    /// own value is absolute and resolved inside that folder.
    public var indexPath: String?
    /// The model endpoint was chosen by a session folder's own config without a key of its own: the user's key
    /// (settings or `OPENAI_API_KEY`) is not sent there, so a folder someone sent cannot collect it.
    public var withholdsUserKey = false
    /// The folder's settings that were not applied, by key.
    public var ignoredFolderSettings: [IgnoredFolderSetting] = []

    /// The defaults: 150 ms debounce, classification by file name, the bundled taxonomy only.
    public static let defaults = ServerSettings(debounceMs: 150, documentGlobs: [:], skills: [], logLevel: nil)

    /// Settings with these values, the model and index at their defaults.
    public init(debounceMs: Int, documentGlobs: [DocumentKind: [String]], skills: [SkillDefinition], logLevel: LogLevel?) {
        self.debounceMs = debounceMs
        self.documentGlobs = documentGlobs
        self.skills = skills
        self.logLevel = logLevel
    }
}
