/// Parts of a requirement that no skill names: they are looked for in words, and one that nothing
/// shows keeps the requirement at most claimed ("Fluent English and Czech" with Czech unknown to
/// the taxonomy is not verified by the interview's English alone).
extension RequirementAssessor {
    /// What the requirement's unrecognised parts add to its skills' verdict.
    struct PartsOutcome {
        var candidates: [Candidate] = []
        /// One per part that something shows.
        var statuses: [RequirementStatus] = []
        /// The parts nothing shows, as written.
        var unconfirmed: [String] = []
        /// Terms used, counting from the first one given.
        var terms = 0
        /// For a requirement of one part whose alternatives are partly skills ("English or Czech"):
        /// what the others show in words.
        var otherAlternatives: RequirementStatus?

        /// `status` raised by the other alternatives and weakened by the parts: the weakest part
        /// counts, and an unconfirmed part keeps it at most claimed.
        func applied(to status: RequirementStatus) -> RequirementStatus {
            let strongest = [status, otherAlternatives ?? status].max { StatusRule.strength($0) < StatusRule.strength($1) } ?? status
            let weakest = ([strongest] + statuses).min { StatusRule.strength($0) < StatusRule.strength($1) } ?? strongest
            return !unconfirmed.isEmpty && weakest == .verified ? .claimed : weakest
        }
    }

    /// The parts of `requirement` in which none of `skills` is written, each judged by its words.
    func unrecognisedParts(of requirement: Requirement, skills: [Int], credential: Bool, firstTerm: Int) -> PartsOutcome {
        let tokens = Tokenizer.tokens(in: requirement.text[...])
        let wanted = Set(skills)
        let named = matcher.matches(in: tokens, bounds: tokens.indices, needingContext: false)
            .filter { wanted.contains($0.skillIndex) }.map(\.tokens)
        let parts = RequirementParts(tokens: tokens, skills: named)
        var outcome = PartsOutcome()
        if parts.parts.count == 1, named.contains(where: { $0.overlaps(parts.parts[0].span) }) {
            let others = parts.parts[0].alternatives.filter { alternative in !named.contains { $0.overlaps(alternative) } }
            let stems = others.map(parts.stems).filter { !$0.isEmpty }
            let (status, found) = bestAlternative(stems, term: firstTerm, excluding: [], credential: credential)
            // Silence from the other alternatives says nothing: it does not outweigh a denied skill.
            if !found.isEmpty {
                outcome.otherAlternatives = status
                outcome.candidates += found
                outcome.terms = 1
            }
        }
        for part in parts.parts where !named.contains(where: { $0.overlaps(part.span) }) {
            let alternatives = part.alternatives.map(parts.stems).filter { !$0.isEmpty }
            guard !alternatives.isEmpty else { continue }
            // The part's words count in a sentence that also names a skill: "Python, and our Fortran solver".
            let (status, found) = bestAlternative(alternatives, term: firstTerm + outcome.terms, excluding: [], credential: credential)
            if found.isEmpty {
                outcome.unconfirmed.append(parts.text(of: part.span))
            } else {
                outcome.statuses.append(status)
                outcome.candidates += found
                outcome.terms += 1
            }
        }
        return outcome
    }

    /// The alternatives of a requirement that names no skill and offers them in one part
    /// ("Norwegian or Danish", "IPAF or PASMA"), as stems; empty when it offers none.
    func wordAlternatives(of text: String) -> [[String]] {
        let parts = RequirementParts(tokens: Tokenizer.tokens(in: text[...]), skills: [])
        guard parts.parts.count == 1 else { return [] }
        let alternatives = parts.parts[0].alternatives.map(parts.stems).filter { !$0.isEmpty }
        return alternatives.count >= 2 ? alternatives : []
    }

    /// The strongest alternative's status (a denial outweighing silence) and every alternative's evidence.
    func bestAlternative(_ alternatives: [[String]], term: Int, excluding: Set<Int>, credential: Bool,
                         also extra: [Candidate] = []) -> (RequirementStatus, [Candidate]) {
        var statuses: [Int: RequirementStatus] = [:]
        var found: [Candidate] = []
        for (index, stems) in alternatives.enumerated() {
            let candidates = admissible(wordCandidates(stems, term: term, excluding: excluding), credential: credential)
            statuses[index] = status(of: candidates)
            found += candidates
        }
        let others = admissible(extra, credential: credential)
        statuses[alternatives.count] = status(of: others)
        return (StatusRule.combine(statuses, groups: [Array(statuses.keys).sorted()]), found + others)
    }
}
