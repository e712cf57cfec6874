/// The candidates of a role, best first, each analysed as a session of their own.
public struct RoleRanking: Sendable {
    public var role: RoleFolder
    /// Best first (see `RankingRule`).
    public var candidates: [CandidateScore]
    /// The role's requirements, in JD order (the same for every candidate).
    public var requirements: [Requirement]
    /// The role's unreadable or unattributed files, and each JD in which no requirement was found.
    public var problems: [SessionProblem]

    /// Analyses each candidate with the role's JDs and their own files only, then orders them.
    public init(role: RoleFolder, analyzer: SessionAnalyzer) {
        self.init(role: role, analyze: analyzer.analyze)
    }

    /// Ranks with `analyze` as the analysis of one candidate's session (a server's, with the user's skills).
    public init(role: RoleFolder, analyze: @Sendable (Session) -> SessionAnalysis) {
        let candidates = role.candidates
        // Candidates are independent sessions: several on every core.
        let analyses = ParallelMap.map(candidates.count, minimumChunk: 8) { index in
            analyze(role.session(for: candidates[index]))
        }
        self.init(role: role, analyses: analyses)
    }

    /// Ranks the candidates from `analyses`, one per candidate of `role` in its order, each of `role.session(for:)`.
    public init(role: RoleFolder, analyses: [SessionAnalysis]) {
        var scores = zip(role.candidates, analyses).map { CandidateScore(candidate: $0, analysis: $1) }
        scores.sort { RankingRule.deciding($0, $1).lhsFirst }
        Self.explainTies(&scores)
        self.role = role
        self.candidates = scores
        self.requirements = analyses.first?.assessments.map(\.requirement) ?? []
        let jdProblems = (analyses.first?.problems ?? []).filter { problem in role.jobDescriptions.contains { $0.path == problem.path } }
        self.problems = (role.problems + jdProblems).sorted { ($0.path, $0.message) < ($1.path, $1.message) }
    }

    /// The best candidate, when there is one.
    public var best: CandidateScore? { candidates.first }

    /// Says, for each candidate with the same points as a neighbour, which rule placed it against that neighbour.
    private static func explainTies(_ scores: inout [CandidateScore]) {
        for index in scores.indices {
            var notes: [String] = []
            if index > 0, scores[index - 1].points == scores[index].points {
                let above = scores[index - 1]
                let rule = RankingRule.deciding(above, scores[index]).rule
                notes.append("same score as \(above.candidate.name), placed below it by \(rule.reason(first: above, second: scores[index]))")
            }
            if index + 1 < scores.count, scores[index + 1].points == scores[index].points {
                let below = scores[index + 1]
                let rule = RankingRule.deciding(scores[index], below).rule
                notes.append("same score as \(below.candidate.name), placed above it by \(rule.reason(first: scores[index], second: below))")
            }
            scores[index].tie = notes.isEmpty ? nil : notes.joined(separator: "; ")
        }
    }
}
