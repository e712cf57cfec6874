import JSON

extension SkillTaxonomy {
    /// The taxonomy shipped in the binary (Resources/skills.json, embedded in code), parsed once.
    public static let bundled: SkillTaxonomy = {
        // The file is generated, checked in and validated by the tests, so a failure here is a programming error.
        do {
            return try parseBundled()
        } catch {
            preconditionFailure("Resources/skills.json is not a valid skill taxonomy: \(error)")
        }
    }()

    /// The bundled taxonomy with the user's own `skills`; the bundled one itself (and its compiled matcher) when there are none.
    public static func bundled(with skills: [SkillDefinition]) -> SkillTaxonomy {
        skills.isEmpty ? bundled : bundled.merging(skills)
    }

    /// Parses the embedded taxonomy anew (what `bundled` does once); the benchmark times it.
    public static func parseBundled() throws -> SkillTaxonomy {
        SkillTaxonomy(skills: try definitions(from: JSON.parse(PackageResources.skills_json)))
    }
}
