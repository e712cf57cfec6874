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

    /// Resolves layers in priority order: among the user's layers the first that sets a value wins; a session
    /// folder's layer then changes what `FolderSettingRule` lets it.
    public static func resolve(_ layers: [SettingsLayer]) -> ServerSettings {
        var settings = defaults
        for layer in layers.reversed() where !layer.isProjectFile {
            if let value = layer.debounceMs { settings.debounceMs = value }
            if let value = layer.documentGlobs { settings.documentGlobs = value }
            if let value = layer.skills { settings.skills = value }
            if let value = layer.logLevel { settings.logLevel = value }
            if let value = layer.model { settings.model.merge(value) { _, higher in higher } }
            if let value = layer.indexPath { settings.indexPath = value }
        }
        for layer in layers.reversed() where layer.isProjectFile {
            settings.apply(folder: layer)
        }
        return settings
    }

    /// Applies a session folder's own settings over the user's as far as `FolderSettingRule.table` allows,
    /// recording each one it ignores.
    private mutating func apply(folder layer: SettingsLayer) {
        let context = FolderSettingRule.Context(folder: layer.projectFolder, endpoint: layer.model?["baseURL"]?.stringValue)
        var ignored: [IgnoredFolderSetting] = []
        func admitted(_ key: String, _ value: JSON, over user: JSON? = nil) -> JSON? {
            switch FolderSettingRule.rule(for: key).admit(value, over: user, in: context) {
            case .apply(let admitted):
                return admitted
            case .ignore(let reason):
                ignored.append(IgnoredFolderSetting(key: key, reason: reason))
                return nil
            }
        }
        // Globs and skills are typed already; their rule needs no value.
        if let value = layer.debounceMs, admitted("debounceMs", .int(value)) != nil { debounceMs = value }
        if let value = layer.documentGlobs, admitted("documentGlobs", .null) != nil { documentGlobs = value }
        if let value = layer.skills, admitted("skills", .null) != nil { skills = value }
        if let value = layer.logLevel, admitted("logLevel", .string(value.name)) != nil { logLevel = value }
        if let value = layer.indexPath, let path = admitted("index.path", .string(value))?.stringValue { indexPath = path }
        let user = model
        for (member, value) in (layer.model ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let admitted = admitted("model." + member, value, over: user[member] ?? ModelOptions.defaultMembers[member]) {
                model[member] = admitted
            }
        }
        if context.choosesEndpoint { withholdsUserKey = layer.model?["apiKey"]?.stringValue == nil }
        ignoredFolderSettings = ignored.sorted { $0.key < $1.key }
    }
}
