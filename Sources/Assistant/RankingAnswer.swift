import Analysis

/// The offline answer to "who are the best candidates for this role and why": the ranking's top candidates, each
/// with its score, what it verified and missed, and citations from that candidate's own files only.
public enum RankingAnswer {
    /// Whether `question` asks to compare or rank the role's candidates.
    public static func asks(_ question: String) -> Bool {
        let text = question.lowercased()
        // "rank" as a word: "Frank" or "frankly" is no request to rank.
        let words = text.split { !$0.isLetter }
        if words.contains("rank") || words.contains("ranking") { return true }
        return ["best candidate", "top candidate", "strongest candidate", "which candidate", "who should we hire",
                "compare the candidates", "who is the best", "who are the best"].contains { text.contains($0) }
    }

    /// The best `limit` candidates of `ranking`, best first.
    public static func answer(_ ranking: RoleRanking, limit: Int = 3) -> ChatAnswer {
        var citations: [Citation] = []
        var lines = ["The best candidates for this role by coverage of its requirements (\(ranking.candidates.count) ranked):", ""]
        for (index, score) in ranking.candidates.prefix(limit).enumerated() {
            let mustTotal = RequirementStatus.allCases.reduce(0) { $0 + score.count(.must, $1) }
            var line = "\(index + 1). **\(MarkdownText.escape(score.candidate.name))** — \(score.score): \(score.count(.must, .verified)) of \(mustTotal) must-haves verified"
            let claimed = score.count(.must, .claimed)
            if claimed > 0 { line += ", \(claimed) only claimed" }
            let missing = score.missingMustHaves.map { "\($0.requirement.text) (\($0.status.rawValue))" }
            line += missing.isEmpty ? "; no must-have missing" : "; missing: " + missing.joined(separator: "; ")
            let markers = score.strongestEvidence().map { pick -> String in
                citations.append(pick.evidence.excerpt)
                return "[\(citations.count)]"
            }
            if !markers.isEmpty { line += " " + markers.joined() }
            if let tie = score.tie { line += ". Tie: \(MarkdownText.escape(tie))" }
            lines.append(line)
        }
        return ChatAnswer(answer: lines.joined(separator: "\n"), citations: citations, mode: .offline)
    }
}
