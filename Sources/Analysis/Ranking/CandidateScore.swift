/// How well one candidate covers the role's requirements (README, "Ranking candidates").
public struct CandidateScore: Sendable, Hashable {
    /// Points per requirement: its weight (must-have 3, nice-to-have 1) times its credit (verified 2, claimed 1,
    /// unmet 0, contradicted -1). Integers, so that equal coverage compares equal.
    public static func weight(_ priority: RequirementPriority) -> Int { priority == .must ? 3 : 1 }
    /// The credit of a status: verified counts over claimed; contradicted counts against.
    public static func credit(_ status: RequirementStatus) -> Int {
        switch status {
        case .verified: 2
        case .claimed: 1
        case .unmet: 0
        case .contradicted: -1
        }
    }

    public var candidate: RoleCandidate
    /// The sum of weight × credit over the requirements.
    public var points: Int
    /// What a candidate with every requirement verified would get.
    public var maximum: Int
    /// The assessment of each requirement, in JD order.
    public var assessments: [Assessment]
    /// Why the candidate sits where it does among others with the same points; nil without a tie.
    public var tie: String?

    /// Scores `analysis`, the candidate's own session.
    public init(candidate: RoleCandidate, analysis: SessionAnalysis) {
        self.candidate = candidate
        self.assessments = analysis.assessments
        self.points = assessments.reduce(0) { $0 + Self.weight($1.requirement.priority) * Self.credit($1.status) }
        self.maximum = assessments.reduce(0) { $0 + Self.weight($1.requirement.priority) * Self.credit(.verified) }
    }

    /// Points as a percentage of the maximum, one decimal (negative when contradictions outweigh the rest).
    public var score: Double {
        guard maximum > 0 else { return 0 }
        return Double((points * 1000 + (points >= 0 ? maximum / 2 : -maximum / 2)) / maximum) / 10
    }

    /// How many requirements of `priority` have `status`.
    public func count(_ priority: RequirementPriority, _ status: RequirementStatus) -> Int {
        assessments.filter { $0.requirement.priority == priority && $0.status == status }.count
    }

    /// The must-haves nothing evidences or the candidate denied, in JD order.
    public var missingMustHaves: [Assessment] {
        assessments.filter { $0.requirement.priority == .must && ($0.status == .unmet || $0.status == .contradicted) }
    }

    /// Up to `limit` quotes, strongest first: verified must-haves, verified nice-to-haves, then claimed ones;
    /// one quote per requirement (the interview's before the CV's), never the same line twice.
    public func strongestEvidence(limit: Int = 3) -> [(requirement: Requirement, evidence: Evidence)] {
        let order: [(RequirementStatus, RequirementPriority)] = [(.verified, .must), (.verified, .nice), (.claimed, .must), (.claimed, .nice)]
        var chosen: [(requirement: Requirement, evidence: Evidence)] = []
        var lines: Set<String> = []
        for (status, priority) in order {
            for assessment in assessments where assessment.status == status && assessment.requirement.priority == priority {
                guard chosen.count < limit else { return chosen }
                guard let evidence = assessment.evidence.first(where: { !$0.negated && !lines.contains($0.excerpt.location) }) else { continue }
                lines.insert(evidence.excerpt.location)
                chosen.append((assessment.requirement, evidence))
            }
        }
        return chosen
    }
}
