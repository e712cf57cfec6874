/// `rank --format text`: a heading line, then each candidate, best first.
struct RankTextReport {
    var ranking: RoleRanking

    var text: String {
        let root = ranking.role.root
        var lines: [String] = ranking.problems.map { "\(SessionPath.display(root: root, path: $0.path)): warning: \($0.message)" }
        let must = ranking.requirements.filter { $0.priority == .must }.count
        let nice = ranking.requirements.count - must
        lines.append("\(root): \(RankReport.headline(ranking)) (\(must) must-haves, \(nice) nice-to-haves)")
        for (index, score) in ranking.candidates.enumerated() {
            lines.append("")
            lines.append("\(index + 1). \(score.candidate.name)  \(RankNumbers.score(score))  "
                + "must: \(RankNumbers.tally(score, .must)) | nice: \(RankNumbers.tally(score, .nice))")
            let missing = score.missingMustHaves.map { "\($0.requirement.text) (\($0.status.rawValue))" }
            lines.append("   missing must-haves: \(missing.isEmpty ? "none" : missing.joined(separator: "; "))")
            for pick in score.strongestEvidence() {
                lines.append("   evidence: \(RankNumbers.quote(pick.evidence.excerpt))")
            }
            if let tie = score.tie { lines.append("   tie: \(tie)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

/// The small pieces of text the text and HTML reports share.
enum RankNumbers {
    /// "72.5 (29/40)".
    static func score(_ score: CandidateScore) -> String {
        "\(score.score) (\(score.points)/\(score.maximum))"
    }

    /// "3 verified · 1 claimed · 1 unmet", only the statuses that occur.
    static func tally(_ score: CandidateScore, _ priority: RequirementPriority) -> String {
        let parts = RequirementStatus.allCases.compactMap { status in
            let count = score.count(priority, status)
            return count == 0 ? nil : "\(count) \(status.rawValue)"
        }
        return parts.isEmpty ? "none" : parts.joined(separator: " · ")
    }

    /// `alice/transcript.md:12 “quote” — Candidate, 00:12:31`.
    static func quote(_ quote: SourceQuote) -> String {
        var line = "\(quote.location) “\(quote.text)”"
        let who = [quote.speaker, quote.timestamp].compactMap { $0 }
        if !who.isEmpty { line += " — " + who.joined(separator: ", ") }
        return line
    }
}
