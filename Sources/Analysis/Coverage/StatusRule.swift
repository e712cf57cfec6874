/// How evidence becomes a status.
///
/// Per skill (or, for a requirement naming no skill, for its words): the candidate's interview
/// evidence decides first, and the latest of it wins, so "I haven't used it" followed later by
/// "actually I ran it in production" is verified, and the reverse is contradicted (even when the
/// CV claims it: that is the red flag the recruiter needs). Without interview evidence, CV
/// evidence makes it claimed; with none, unmet.
///
/// Across the skills of one requirement: the weakest status counts ("Python and SQL" needs both),
/// unless the requirement offers alternatives ("Python or R", "a cloud such as AWS, GCP"), where
/// the strongest counts. Strength: contradicted < unmet < claimed < verified.
///
/// Years: a shortfall against `minYears` does not change the status; the years found are reported
/// in `Assessment.yearsFound` for the reports to compare.
enum StatusRule {
    static func status(interviewNegations: [Bool], hasCV: Bool) -> RequirementStatus {
        if let latest = interviewNegations.last { return latest ? .contradicted : .verified }
        return hasCV ? .claimed : .unmet
    }

    static func strength(_ status: RequirementStatus) -> Int {
        switch status {
        case .contradicted: 0
        case .unmet: 1
        case .claimed: 2
        case .verified: 3
        }
    }

    static func combine(_ statuses: [RequirementStatus], alternatives: Bool) -> RequirementStatus {
        let ordered = statuses.sorted { strength($0) < strength($1) }
        return (alternatives ? ordered.last : ordered.first) ?? .unmet
    }

    /// The requirement lists alternatives: "or", "either", "such as", "e.g.", "like", "any of",
    /// two skills joined by a slash ("AWS/GCP"), or skills in parentheses, which give examples or
    /// another name ("Python (pandas, NumPy)", "Bachelor of Nursing (BSN)").
    static func offersAlternatives(_ text: String, matcher: SkillMatcher) -> Bool {
        let tokens = Tokenizer.tokens(in: text[...])
        let matches = matcher.matches(in: tokens, bounds: tokens.indices)
        var depth = 0
        var parenthesized: Set<Int> = []
        for (index, token) in tokens.enumerated() {
            if token.lower == "(" { depth += 1 } else if token.lower == ")" { depth = max(0, depth - 1) } else if depth > 0 {
                parenthesized.insert(index)
            }
        }
        if matches.count > 1, matches.contains(where: { parenthesized.contains($0.tokens.lowerBound) }) { return true }
        for (left, right) in zip(matches, matches.dropFirst())
        where right.tokens.lowerBound == left.tokens.upperBound + 1 && tokens[left.tokens.upperBound].lower == "/" {
            return true
        }
        return offersAlternatives(text)
    }

    /// The requirement's words offer alternatives: "or", "either", "such as", "e.g.", "like", "any of".
    static func offersAlternatives(_ text: String) -> Bool {
        let words = Tokenizer.tokens(in: text[...]).filter(\.isWord).map(\.lower)
        for (index, word) in words.enumerated() {
            switch word {
            case "or", "either", "like", "including", "example", "eg": return true
            case "such" where index + 1 < words.count && words[index + 1] == "as": return true
            case "e" where index + 1 < words.count && words[index + 1] == "g": return true
            case "any" where index + 1 < words.count && words[index + 1] == "of": return true
            default: continue
            }
        }
        return false
    }
}
