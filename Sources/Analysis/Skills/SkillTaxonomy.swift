/// The set of known skills: the bundled data file, extended by the user's settings.
public struct SkillTaxonomy: Sendable {
    public private(set) var skills: [SkillDefinition]

    public init(skills: [SkillDefinition]) {
        self.skills = skills
    }

    /// The categories a skill may belong to; "custom" is what user skills without one get.
    public static let categories: [String] = [
        "software", "data", "design", "product", "sales", "marketing", "finance", "hr", "healthcare",
        "operations", "management", "security", "cloud", "legal", "education", "languages", "soft-skills",
        "custom",
    ]

    /// The skill whose canonical name is `name`, ignoring letter case.
    public func skill(named name: String) -> SkillDefinition? {
        let wanted = name.lowercased()
        return skills.first { $0.name.lowercased() == wanted }
    }

    /// A copy extended by `extra` (the user's skills). An extra skill with a known name adds its aliases,
    /// context words and broader skills to that skill; any other skill is appended. A spelling the user gives a skill
    /// is taken away from every other skill's aliases, so the user's meaning wins.
    public func merging(_ extra: [SkillDefinition]) -> SkillTaxonomy {
        var merged = skills
        for skill in extra {
            let claimed = skill.terms
            let owner = skill.name.lowercased()
            for index in merged.indices where merged[index].name.lowercased() != owner {
                let other = merged[index]
                merged[index].aliases.removeAll { alias in
                    claimed.contains { $0.collides(with: other.aliasTerm(alias)) }
                }
                merged[index].caseSensitiveAliases.removeAll { alias in
                    claimed.contains { $0.collides(with: SkillTerm(text: alias, caseSensitive: true)) }
                }
            }
            if let index = merged.firstIndex(where: { $0.name.lowercased() == owner }) {
                merged[index].absorb(skill)
            } else {
                merged.append(skill)
            }
        }
        return SkillTaxonomy(skills: merged)
    }
}

extension SkillDefinition {
    /// Adds the spellings and context words of `other` that this skill does not have yet.
    fileprivate mutating func absorb(_ other: SkillDefinition) {
        let known = terms
        for alias in other.aliases {
            let term = aliasTerm(alias)
            if !known.contains(where: { $0.collides(with: term) && $0.caseSensitive == term.caseSensitive }) {
                aliases.append(alias)
            }
        }
        for alias in other.caseSensitiveAliases where !known.contains(SkillTerm(text: alias, caseSensitive: true)) {
            caseSensitiveAliases.append(alias)
        }
        contextWords.append(contentsOf: other.contextWords.filter { !contextWords.contains($0) })
        broader.append(contentsOf: other.broader.filter { name in !broader.contains { $0.lowercased() == name.lowercased() } })
    }
}
