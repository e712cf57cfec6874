/// One skill of the taxonomy: a canonical name, the other ways people write it, and matching rules.
public struct SkillDefinition: Sendable, Hashable {
    /// Canonical name shown to users and in reports ("Kubernetes").
    public var name: String
    /// Other spellings that mean the same skill ("k8s", "EKS", "GKE").
    public var aliases: [String]
    /// Domain such as "software", "data", "healthcare".
    public var category: String
    /// Match only with the exact letter case (e.g. "Go", "R", "C").
    public var caseSensitive: Bool
    /// Words of which one must appear near the match for it to count (e.g. R needs "language", "statistics").
    public var contextWords: [String]
    /// Short forms matched only with their exact case even when the skill is not ("ML", "Node"), since
    /// their lowercase spelling is an ordinary word or unit ("10 ml", "each node").
    public var caseSensitiveAliases: [String]
    /// Names of the broader skills this one is a member of (Jenkins is one way of doing CI/CD), so a
    /// requirement naming the broader skill is met by evidence of this one.
    public var broader: [String]

    public init(name: String, aliases: [String] = [], category: String, caseSensitive: Bool = false,
                contextWords: [String] = [], caseSensitiveAliases: [String] = [], broader: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.category = category
        self.caseSensitive = caseSensitive
        self.contextWords = contextWords
        self.caseSensitiveAliases = caseSensitiveAliases
        self.broader = broader
    }

    /// Every spelling that names this skill (name first, then aliases), each with its own case rule.
    public var terms: [SkillTerm] {
        [SkillTerm(text: name, caseSensitive: caseSensitive)]
            + aliases.map(aliasTerm)
            + caseSensitiveAliases.map { SkillTerm(text: $0, caseSensitive: true) }
    }

    /// An alias with this skill's case rule, except that an all-lowercase alias of a case-sensitive
    /// skill ("golang", "spreadsheets") is distinctive enough to match in any case, unless it is the
    /// name in lowercase ("excel" for Excel), which matches only as written and in a skill context.
    public func aliasTerm(_ alias: String) -> SkillTerm {
        SkillTerm(text: alias, caseSensitive: caseSensitive && (alias != alias.lowercased() || (alias == name.lowercased() && name.allSatisfy(\.isLetter))))
    }
}
