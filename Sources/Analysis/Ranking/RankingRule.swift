/// The rules that order candidates, in the order they are applied; each after the first breaks a tie of those before.
public enum RankingRule: String, Sendable, CaseIterable {
    /// More points.
    case score
    /// More must-haves verified.
    case verifiedMustHaves = "verified-must-haves"
    /// Fewer must-haves unmet or contradicted.
    case missingMustHaves = "missing-must-haves"
    /// The name, alphabetically: the last resort, so that the order is always the same.
    case name

    /// The rule that first tells `lhs` and `rhs` apart, and whether it puts `lhs` first.
    static func deciding(_ lhs: CandidateScore, _ rhs: CandidateScore) -> (rule: RankingRule, lhsFirst: Bool) {
        for rule in allCases {
            let (left, right) = (rule.key(lhs), rule.key(rhs))
            if left != right { return (rule, left > right) }
        }
        return (.name, lhs.candidate.name < rhs.candidate.name)
    }

    /// A key where more is better; the name is compared apart, in `deciding`.
    private func key(_ score: CandidateScore) -> Int {
        switch self {
        case .score: score.points
        case .verifiedMustHaves: score.count(.must, .verified)
        case .missingMustHaves: -score.missingMustHaves.count
        case .name: 0
        }
    }

    /// "more verified must-haves (3 vs 2)", said of the candidate placed first.
    func reason(first: CandidateScore, second: CandidateScore) -> String {
        switch self {
        case .score: "a higher score"
        case .verifiedMustHaves: "more verified must-haves (\(first.count(.must, .verified)) vs \(second.count(.must, .verified)))"
        case .missingMustHaves: "fewer missing must-haves (\(first.missingMustHaves.count) vs \(second.missingMustHaves.count))"
        case .name: "name, alphabetically (all else equal)"
        }
    }
}
