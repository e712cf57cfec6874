import JSON

extension SkillTaxonomy {
    /// Reads skill definitions from a taxonomy file object (`{"version": 1, "skills": [...]}`) or from a
    /// bare array of skill objects, the shape of the `interview.skills` setting.
    public static func definitions(from json: JSON) throws(SkillTaxonomyError) -> [SkillDefinition] {
        switch json {
        case .array(let entries):
            return try definitions(fromEntries: entries)
        case .object(let members):
            for key in members.keys.sorted() where !fileKeys.contains(key) {
                throw SkillTaxonomyError("unknown key \"\(key)\" in the skill taxonomy (expected \"version\" and \"skills\")")
            }
            if let version = members["version"], version.intValue != 1 {
                throw SkillTaxonomyError("version must be 1")
            }
            guard let entries = members["skills"]?.arrayValue else {
                throw SkillTaxonomyError("skills must be an array of skill objects")
            }
            return try definitions(fromEntries: entries)
        default:
            throw SkillTaxonomyError("a skill taxonomy must be an object with \"skills\" or an array of skill objects")
        }
    }

    private static let fileKeys: Set<String> = ["$schema", "version", "skills"]
    private static let skillKeys = ["name", "aliases", "category", "caseSensitive", "caseSensitiveAliases", "contextWords", "broader"]

    private static func definitions(fromEntries entries: [JSON]) throws(SkillTaxonomyError) -> [SkillDefinition] {
        var definitions: [SkillDefinition] = []
        definitions.reserveCapacity(entries.count)
        for (index, entry) in entries.enumerated() {
            definitions.append(try definition(from: entry, at: "skills[\(index)]"))
        }
        return definitions
    }

    private static func definition(from entry: JSON, at path: String) throws(SkillTaxonomyError) -> SkillDefinition {
        guard let members = entry.objectValue else {
            throw SkillTaxonomyError("\(path) must be an object with a \"name\"")
        }
        for key in members.keys.sorted() where !skillKeys.contains(key) {
            let expected = skillKeys.joined(separator: ", ")
            throw SkillTaxonomyError("\(path) has unknown key \"\(key)\" (expected one of \(expected))")
        }
        guard let name = members["name"]?.stringValue, isTerm(name) else {
            throw SkillTaxonomyError("\(path).name must be a non-empty string")
        }
        var category = "custom"
        if let value = members["category"] {
            guard let text = value.stringValue, categories.contains(text) else {
                throw SkillTaxonomyError("\(path).category must be one of \(categories.joined(separator: ", "))")
            }
            category = text
        }
        var caseSensitive = false
        if let value = members["caseSensitive"] {
            guard let flag = value.boolValue else {
                throw SkillTaxonomyError("\(path).caseSensitive must be true or false")
            }
            caseSensitive = flag
        }
        return SkillDefinition(
            name: name,
            aliases: try terms(members["aliases"], at: "\(path).aliases"),
            category: category,
            caseSensitive: caseSensitive,
            contextWords: try terms(members["contextWords"], at: "\(path).contextWords"),
            caseSensitiveAliases: try terms(members["caseSensitiveAliases"], at: "\(path).caseSensitiveAliases"),
            broader: try terms(members["broader"], at: "\(path).broader")
        )
    }

    /// The strings of an optional array member; an absent member is empty.
    private static func terms(_ value: JSON?, at path: String) throws(SkillTaxonomyError) -> [String] {
        guard let value else { return [] }
        guard let elements = value.arrayValue else {
            throw SkillTaxonomyError("\(path) must be an array of strings")
        }
        var strings: [String] = []
        strings.reserveCapacity(elements.count)
        for (index, element) in elements.enumerated() {
            guard let text = element.stringValue else {
                throw SkillTaxonomyError("\(path) must be an array of strings (\(path)[\(index)] is not a string)")
            }
            guard isTerm(text) else {
                throw SkillTaxonomyError("\(path)[\(index)] must not be empty")
            }
            strings.append(text)
        }
        return strings
    }

    /// A spelling needs at least one visible character: a blank alias would match everywhere.
    private static func isTerm(_ text: String) -> Bool {
        text.contains { !$0.isWhitespace }
    }
}
