/// One spelling of a skill and whether its letter case must match exactly.
public struct SkillTerm: Sendable, Hashable {
    /// The spelling as written in the taxonomy ("k8s", "Go").
    public var text: String
    /// True when only this exact letter case counts.
    public var caseSensitive: Bool

    public init(text: String, caseSensitive: Bool) {
        self.text = text
        self.caseSensitive = caseSensitive
    }

    /// True when some text could match both terms: equal ignoring case, unless both are case-sensitive
    /// and differ in case (so "dbt" the data tool and "DBT" the therapy can coexist).
    public func collides(with other: SkillTerm) -> Bool {
        if text == other.text { return true }
        guard text.lowercased() == other.text.lowercased() else { return false }
        return !(caseSensitive && other.caseSensitive)
    }
}
