import Analysis
import JSON
import LanguageServerProtocol

/// The `interview` settings from one source (client or project file); nil means "not set here".
public struct SettingsLayer: Sendable, Hashable {
    public var debounceMs: Int?
    public var documentGlobs: [DocumentKind: [String]]?
    public var skills: [SkillDefinition]?
    public var logLevel: LogLevel?

    public init(debounceMs: Int? = nil, documentGlobs: [DocumentKind: [String]]? = nil,
                skills: [SkillDefinition]? = nil, logLevel: LogLevel? = nil) {
        self.debounceMs = debounceMs
        self.documentGlobs = documentGlobs
        self.skills = skills
        self.logLevel = logLevel
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
        return (layer, warnings)
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
