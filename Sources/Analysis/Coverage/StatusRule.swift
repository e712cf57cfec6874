/// How evidence becomes a status.
///
/// Per skill (or, for a requirement naming no skill, for its words): the candidate's interview
/// evidence decides first, and the latest of it wins, so "I haven't used it" followed later by
/// "actually I ran it in production" is verified, and the reverse is contradicted (even when the
/// CV claims it: that is the red flag the recruiter needs). Without interview evidence, CV
/// evidence makes it claimed; with none, unmet.
///
/// Across the skills of one requirement: the weakest status counts ("Python and SQL" needs both),
/// except among alternatives ("Python or R", "a cloud such as AWS, GCP", "AWS/GCP", "Python
/// (pandas)"), where the strongest counts. Strength: contradicted < unmet < claimed < verified;
/// but among alternatives a denial says more than silence: "message queues such as RabbitMQ or
/// Kafka" answered "I've never used RabbitMQ or Kafka" is contradicted, not unmet.
///
/// A practice named with its tool ("infrastructure as code with Terraform", "paid acquisition on
/// Google Ads", "Python for data analysis", "HubSpot marketing automation") is shown by the tool: the practice is not asked for
/// separately. Two named products stay both needed ("Kubernetes on AWS").
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

    /// The weakest group's status, each group as strong as its strongest skill.
    static func combine(_ statuses: [Int: RequirementStatus], groups: [[Int]]) -> RequirementStatus {
        let perGroup = groups.map { group in
            let found = group.compactMap { statuses[$0] }
            let best = found.max { strength($0) < strength($1) } ?? .unmet
            return best == .unmet && found.contains(.contradicted) ? .contradicted : best
        }
        return perGroup.min { strength($0) < strength($1) } ?? .unmet
    }

    /// The requirement's skills (taxonomy indices) grouped into alternatives: any skill of a group
    /// will do, every group is needed. Words such as "or", "e.g." make one group of all; a slash
    /// joins neighbours ("AWS/GCP"); skills in parentheses join the skill before them, as examples
    /// or another name ("Python (pandas)", "Bachelor of Nursing (BSN)").
    /// `matches` are the skill matches among `tokens`.
    static func alternativeGroups(of tokens: [TextToken], matches: [TokenMatch], skills: [Int], matcher: SkillMatcher) -> [[Int]] {
        // One skill is one group whatever the words around it; no need to read them (a JD can have 100k bullets).
        guard skills.count > 1 else { return skills.map { [$0] } }
        if offersAlternatives(tokens) { return [skills] }
        var groups: [[Int]] = []
        var depth = 0
        var cursor = 0
        // The group of the latest skill outside parentheses, and the one parenthesised skills join.
        var outerGroup: Int?
        var anchor: Int?
        var previous: (match: TokenMatch, group: Int)?
        // Groups of practices shown by the tool named with them.
        var implied = Set<Int>()
        for match in matches where skills.contains(match.skillIndex) {
            while cursor < match.tokens.lowerBound {
                if tokens[cursor].lower == "(" {
                    depth += 1
                    if depth == 1 { anchor = outerGroup }
                } else if tokens[cursor].lower == ")" {
                    depth = max(0, depth - 1)
                }
                cursor += 1
            }
            cursor = max(cursor, match.tokens.upperBound)
            let slashJoined = previous.map { previous in
                match.tokens.lowerBound == previous.match.tokens.upperBound + 1 && tokens[previous.match.tokens.upperBound].lower == "/"
            } ?? false
            let group: Int
            if depth > 0, let anchor {
                group = anchor
            } else if slashJoined, let previous {
                group = previous.group
            } else if let existing = groups.firstIndex(where: { $0.contains(match.skillIndex) }) {
                group = existing
            } else {
                groups.append([])
                group = groups.count - 1
            }
            if !groups[group].contains(match.skillIndex) { groups[group].append(match.skillIndex) }
            if depth == 0, let previous, previous.group != group,
               let practiceFirst = toolLink(between: previous.match, and: match, in: tokens) {
                let (practice, tool) = practiceFirst ? (previous, (match: match, group: group)) : ((match: match, group: group), previous)
                if matcher.isOrdinaryWord(practice.match.skillIndex), !matcher.isOrdinaryWord(tool.match.skillIndex) {
                    implied.insert(practice.group)
                }
            }
            if depth == 0 { outerGroup = group }
            previous = (match, group)
        }
        // Skills the parser named that the text does not show stand alone.
        for skill in skills where !groups.contains(where: { $0.contains(skill) }) { groups.append([skill]) }
        return groups.indices.filter { !implied.contains($0) }.map { groups[$0] }
    }

    /// Prepositions after a practice that name its tool: "IaC with Terraform", "ads on Google Ads".
    private static let toolPrepositions: Set<String> = ["with", "on", "using", "in", "via", "through"]

    /// How two neighbouring mentions relate: true when the first is a practice and the second its
    /// tool ("X with Y"), false for a tool and its purpose ("Y for X", or "Y X" side by side), nil otherwise.
    private static func toolLink(between first: TokenMatch, and second: TokenMatch, in tokens: [TextToken]) -> Bool? {
        let words = (first.tokens.upperBound..<second.tokens.lowerBound).map { tokens[$0] }
        // A tool written before the practice names the practice's tool: "HubSpot marketing automation".
        if words.isEmpty { return false }
        guard words.allSatisfy(\.isWord) else { return nil }
        let linking = words.map(\.lower).filter { !["a", "an", "the"].contains($0) }
        guard linking.count == 1 else { return nil }
        if toolPrepositions.contains(linking[0]) { return true }
        return linking[0] == "for" ? false : nil
    }

    /// The requirement's words offer alternatives: "or", "either", "such as", "e.g.", "like", "any of".
    static func offersAlternatives(_ tokens: [TextToken]) -> Bool {
        let words = tokens.filter(\.isWord).map(\.lower)
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
