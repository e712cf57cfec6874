import JSON

/// Renders a role's ranking for `interview-lsp rank` and `interview.rank`: JSON (schemas/rank-report.schema.json),
/// text, or one self-contained HTML page.
public enum RankReport {
    /// The `rank --format json` object.
    public static func json(_ ranking: RoleRanking) -> JSON {
        [
            "version": 1,
            "root": .string(ranking.role.root),
            "jobDescriptions": .array(ranking.role.jobDescriptions.map { .string($0.path) }),
            "problems": .array(ranking.problems.map { ["path": .string($0.path), "message": .string($0.message)] }),
            "requirements": ["must": .int(ranking.requirements.filter { $0.priority == .must }.count),
                             "nice": .int(ranking.requirements.filter { $0.priority == .nice }.count)],
            "candidates": .array(ranking.candidates.enumerated().map { candidate($1, rank: $0 + 1) }),
        ]
    }

    /// One line per candidate, best first, with the missing must-haves, the strongest quotes and any tie.
    public static func text(_ ranking: RoleRanking) -> String {
        RankTextReport(ranking: ranking).text
    }

    /// One HTML page, inline CSS and no script, every piece of session text escaped.
    public static func html(_ ranking: RoleRanking) -> String {
        RankHTMLReport(ranking: ranking).html
    }

    /// "5 candidates · best: alice", the code lens's title.
    public static func headline(_ ranking: RoleRanking) -> String {
        let count = ranking.candidates.count
        let noun = count == 1 ? "candidate" : "candidates"
        guard let best = ranking.best else { return "\(count) \(noun)" }
        return "\(count) \(noun) · best: \(best.candidate.name)"
    }

    private static func candidate(_ score: CandidateScore, rank: Int) -> JSON {
        func counts(_ priority: RequirementPriority) -> JSON {
            .object(Dictionary(uniqueKeysWithValues: RequirementStatus.allCases.map { ($0.rawValue, JSON.int(score.count(priority, $0))) }))
        }
        return [
            "rank": .int(rank),
            "name": .string(score.candidate.name),
            "score": .double(score.score),
            "points": .int(score.points),
            "maximum": .int(score.maximum),
            "documents": .array(score.candidate.documents.map { ["path": .string($0.path), "kind": .string($0.kind.rawValue)] }),
            "must": counts(.must),
            "nice": counts(.nice),
            "missingMustHaves": .array(score.missingMustHaves.map { assessment in
                ["id": .string(assessment.requirement.id), "text": .string(assessment.requirement.text),
                 "status": .string(assessment.status.rawValue)]
            }),
            "evidence": .array(score.strongestEvidence().map { pick in
                var object = pick.evidence.excerpt.json().objectValue ?? [:]
                object["requirementId"] = .string(pick.requirement.id)
                object["location"] = .string(pick.evidence.excerpt.location)
                object["kind"] = .string(pick.evidence.source.rawValue)
                return .object(object)
            }),
            "tie": .optional(score.tie),
        ]
    }
}
