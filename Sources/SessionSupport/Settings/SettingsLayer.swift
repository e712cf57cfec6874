import Analysis
import JSON
import Logging

/// The `interview` settings from one source (client or project file); nil means "not set here".
public struct SettingsLayer: Sendable, Hashable {
    /// `interview.debounceMs`.
    public var debounceMs: Int?
    /// `interview.documentGlobs`.
    public var documentGlobs: [DocumentKind: [String]]?
    /// `interview.skills`.
    public var skills: [SkillDefinition]?
    /// `interview.logLevel`.
    public var logLevel: LogLevel?
    /// The usable members of `interview.model`; merged key by key with the other layers'.
    public var model: [String: JSON]?
    /// `interview.index.path`: where the session's retrieval index lives (relative to the session folder).
    public var indexPath: String?
    /// The session folder whose `.interview/config.json` this layer was read from; nil for the user's settings.
    public var projectFolder: String?
    /// Read from a session folder's config, which came with the folder, not from the user.
    public var isProjectFile: Bool { projectFolder != nil }

    /// Every setting the server reads, dotted below `interview.`; schemas/settings.schema.json lists the same.
    public static let knownKeys: [String] = [
        "debounceMs", "documentGlobs", "skills", "logLevel", "index.path",
        "model.enabled", "model.judge", "model.baseURL", "model.apiKey", "model.chatModel", "model.embeddingModel",
        "model.transcriptionModel", "model.timeoutMs", "model.connectTimeoutMs", "model.maxRetries",
        "model.allowRemote", "model.redact",
    ]
    /// Settings that belong to an editor extension (the VS Code binary path): accepted and ignored.
    public static let clientOnlyKeys: Set<String> = ["serverPath"]

    /// A layer setting these values; the index path and project folder unset.
    public init(debounceMs: Int? = nil, documentGlobs: [DocumentKind: [String]]? = nil,
                skills: [SkillDefinition]? = nil, logLevel: LogLevel? = nil, model: [String: JSON]? = nil) {
        self.debounceMs = debounceMs
        self.documentGlobs = documentGlobs
        self.skills = skills
        self.logLevel = logLevel
        self.model = model
    }

    /// Reads a layer from `{interview: {...}}` or a bare `{...}`; each bad value is skipped with a warning
    /// naming the setting, so one typo never loses the other settings.
    public static func parse(_ json: JSON?) -> (layer: SettingsLayer, warnings: [String]) {
        var layer = SettingsLayer()
        var warnings: [String] = []
        guard let json, !json.isNull else { return (layer, warnings) }
        let settings = json["interview"] ?? json
        guard let members = settings.objectValue else {
            return (layer, ["interview settings must be an object; defaults used"])
        }
        if let value = members["debounceMs"], !value.isNull {
            if let number = value.intValue, (0...10_000).contains(number) {
                layer.debounceMs = number
            } else {
                warnings.append("interview.debounceMs must be an integer from 0 to 10000; default used")
            }
        }
        if let value = members["documentGlobs"], !value.isNull {
            if let globs = parseGlobs(value) {
                layer.documentGlobs = globs
            } else {
                warnings.append("interview.documentGlobs must map jd|cv|transcript|notes to arrays of globs; default used")
            }
        }
        if let value = members["skills"], !value.isNull {
            do {
                layer.skills = try SkillTaxonomy.definitions(from: value)
            } catch {
                warnings.append("interview.skills: \(error); the extra skills are ignored")
            }
        }
        if let value = members["logLevel"], !value.isNull {
            if let level = value.stringValue.flatMap(LogLevel.init(name:)) {
                layer.logLevel = level
            } else {
                warnings.append("interview.logLevel must be error, warn, info or debug; default used")
            }
        }
        if let value = members["model"], !value.isNull {
            let (options, problems) = ModelOptions.parse(value)
            layer.model = options
            warnings += problems
        }
        if let value = members["index"], !value.isNull {
            if value.objectValue == nil {
                warnings.append("interview.index must be an object; default used")
            } else if let path = value["path"], !path.isNull {
                if let text = path.stringValue, !text.isEmpty {
                    layer.indexPath = text
                } else {
                    warnings.append("interview.index.path must be a non-empty string or null; default used")
                }
            }
        }
        warnings += unknownKeys(in: members).map { "interview.\($0) is not a setting; ignored" }
        return (layer, warnings)
    }

    /// Dotted keys in `members` that the server does not read, so a typo is named rather than silently lost.
    static func unknownKeys(in members: [String: JSON]) -> [String] {
        let known = Set(knownKeys).union(clientOnlyKeys)
        var unknown: [String] = []
        for (key, value) in members.sorted(by: { $0.key < $1.key }) {
            if known.contains(where: { $0.hasPrefix(key + ".") }) {
                // A group of the wrong type is reported where it is read.
                unknown += (value.objectValue?.keys.sorted() ?? []).map { "\(key).\($0)" }.filter { !known.contains($0) }
            } else if !known.contains(key) {
                unknown.append(key)
            }
        }
        return unknown
    }

    private static func parseGlobs(_ value: JSON) -> [DocumentKind: [String]]? {
        guard let members = value.objectValue else { return nil }
        var globs: [DocumentKind: [String]] = [:]
        for (key, patterns) in members {
            guard let kind = DocumentKind(rawValue: key), kind != .other, let list = patterns.arrayValue else { return nil }
            let strings = list.compactMap(\.stringValue)
            guard strings.count == list.count else { return nil }
            globs[kind] = strings
        }
        return globs
    }
}
