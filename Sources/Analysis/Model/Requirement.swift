/// How strongly the JD asks for a requirement.
public enum RequirementPriority: String, Sendable, Hashable, Comparable {
    case must
    case nice

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs == .must && rhs == .nice }

    /// As messages and reports name it: "must-have" or "nice-to-have".
    public var label: String { self == .must ? "must-have" : "nice-to-have" }
}

/// One requirement found in a job description.
public struct Requirement: Sendable, Hashable {
    /// Stable id within the session, derived from the text (e.g. `kubernetes-in-production`).
    public var id: String
    /// The requirement as written, without the bullet marker.
    public var text: String
    public var priority: RequirementPriority
    /// Session-relative path of the JD.
    public var path: String
    /// Range of `text` in the JD.
    public var range: SourceRange
    /// Canonical names of the taxonomy skills the requirement names.
    public var skills: [String]
    /// Minimum experience asked for, in years ("18 months" is 1.5).
    public var minYears: Double?
    /// The line carries `<!-- interview: ignore -->`.
    public var ignored: Bool

    public init(id: String, text: String, priority: RequirementPriority, path: String, range: SourceRange,
                skills: [String], minYears: Double?, ignored: Bool = false) {
        self.id = id
        self.text = text
        self.priority = priority
        self.path = path
        self.range = range
        self.skills = skills
        self.minYears = minYears
        self.ignored = ignored
    }
}
