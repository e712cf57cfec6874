/// What the session shows about a requirement.
public enum RequirementStatus: String, Sendable, Hashable, CaseIterable {
    /// The candidate's own words in the interview evidence it.
    case verified
    /// Only the CV evidences it.
    case claimed
    /// The candidate says they lack it.
    case contradicted
    /// Nothing evidences it.
    case unmet
}
