import Analysis
import JSON
import LanguageServerProtocol
import Logging

/// Effective settings for a session: project file over client settings over defaults.
public struct ServerSettings: Sendable, Hashable {
    public var debounceMs: Int
    public var documentGlobs: [DocumentKind: [String]]
    public var skills: [SkillDefinition]
    public var logLevel: LogLevel?
    /// `interview.model`, each member from the highest layer that sets it; see `ModelOptions`.
    public var model: [String: JSON] = [:]
    /// `interview.index.path`, nil for the default `.interview/index.sqlite` in the session folder.
    public var indexPath: String?
    /// The model endpoint was chosen by a session folder's own config without a key of its own: the user's key
    /// (settings or `OPENAI_API_KEY`) is not sent there, so a folder someone sent cannot collect it.
    public var withholdsUserKey = false

    /// The defaults: 150 ms debounce, classification by file name, the bundled taxonomy only.
    public static let defaults = ServerSettings(debounceMs: 150, documentGlobs: [:], skills: [], logLevel: nil)

    public init(debounceMs: Int, documentGlobs: [DocumentKind: [String]], skills: [SkillDefinition], logLevel: LogLevel?) {
        self.debounceMs = debounceMs
        self.documentGlobs = documentGlobs
        self.skills = skills
        self.logLevel = logLevel
    }

    /// Resolves layers in priority order, the first layer that sets a value wins.
    public static func resolve(_ layers: [SettingsLayer]) -> ServerSettings {
        var settings = defaults
        for layer in layers.reversed() {
            if let value = layer.debounceMs { settings.debounceMs = value }
            if let value = layer.documentGlobs { settings.documentGlobs = value }
            if let value = layer.skills { settings.skills = value }
            if let value = layer.logLevel { settings.logLevel = value }
            if let value = layer.model { settings.model.merge(value) { _, higher in higher } }
            if let value = layer.indexPath { settings.indexPath = value }
            if layer.isProjectFile, let model = layer.model, model["baseURL"] != nil {
                settings.withholdsUserKey = model["apiKey"] == nil
            }
        }
        return settings
    }
}
