/// One kind of finding: its stable code, default severity and what it means (SARIF rules, README).
public struct FindingRule: Sendable, Hashable {
    /// The diagnostic `code` (`unmet-requirement`, `unverified-claim`, `contradicted`).
    public var code: String
    /// A short name for report viewers ("UnmetRequirement").
    public var name: String
    public var shortDescription: String
    public var fullDescription: String
    /// SARIF level when nothing more specific applies (`warning` or `note`).
    public var defaultLevel: String

    /// Nothing in the CV or the interview evidences the requirement.
    public static let unmetRequirement = FindingRule(
        code: "unmet-requirement", name: "UnmetRequirement",
        shortDescription: "Requirement not evidenced",
        fullDescription: "Nothing in the CV or the interview evidences this job requirement. Must-haves are warnings, nice-to-haves notes.",
        defaultLevel: "warning")

    /// Only the CV evidences the requirement; the interview has not covered it.
    public static let unverifiedClaim = FindingRule(
        code: "unverified-claim", name: "UnverifiedClaim",
        shortDescription: "Claimed in the CV, not yet discussed",
        fullDescription: "The CV claims this requirement but the candidate has not spoken to it in the interview yet: worth a follow-up question.",
        defaultLevel: "note")

    /// The candidate said in the interview that they lack the requirement.
    public static let contradicted = FindingRule(
        code: "contradicted", name: "Contradicted",
        shortDescription: "Contradicted by the candidate",
        fullDescription: "In the interview the candidate said they lack this requirement (\"I haven't\", \"not really\", \"never\").",
        defaultLevel: "warning")

    /// Every rule, in the order reports list them.
    public static let all: [FindingRule] = [.unmetRequirement, .unverifiedClaim, .contradicted]
}
