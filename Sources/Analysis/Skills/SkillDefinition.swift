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

    public init(name: String, aliases: [String] = [], category: String, caseSensitive: Bool = false,
                contextWords: [String] = []) {
        self.name = name
        self.aliases = aliases
        self.category = category
        self.caseSensitive = caseSensitive
        self.contextWords = contextWords
    }
}
