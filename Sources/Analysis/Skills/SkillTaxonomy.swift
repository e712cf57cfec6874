/// The set of known skills: the bundled data file, extended by the user's settings.
public struct SkillTaxonomy: Sendable {
    public private(set) var skills: [SkillDefinition]

    public init(skills: [SkillDefinition]) {
        self.skills = skills
    }

    /// A copy where `extra` skills are added; an extra skill with an existing name adds its aliases to it.
    public func merging(_ extra: [SkillDefinition]) -> SkillTaxonomy {
        var merged = skills
        for skill in extra {
            if let index = merged.firstIndex(where: { $0.name.lowercased() == skill.name.lowercased() }) {
                merged[index].aliases.append(contentsOf: skill.aliases.filter { !merged[index].aliases.contains($0) })
            } else {
                merged.append(skill)
            }
        }
        return SkillTaxonomy(skills: merged)
    }
}
