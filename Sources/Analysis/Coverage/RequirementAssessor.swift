/// Gathers the evidence for one requirement from the prepared CVs and transcripts and decides its status.
struct RequirementAssessor {
    let matcher: SkillMatcher
    let options: AnalysisOptions
    /// With each document's position in the session, for ordering.
    let transcripts: [(order: Int, document: PreparedTranscript)]
    let cvs: [(order: Int, document: PreparedCV)]

    /// A piece of evidence before selection, with what ordering and status need.
    private struct Candidate {
        var evidence: Evidence
        var order: Int
        /// Which of the requirement's terms it supports (a skill's position, or 0 for words).
        var term: Int
        /// Years the quote states ("six years of Python"), when it states any.
        var years: Double?

        var isInterview: Bool { evidence.source == .transcript }

        /// A total order (ties broken down to the last field) so the result never depends on sort stability.
        static func precedes(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
            if lhs.isInterview != rhs.isInterview { return lhs.isInterview }
            if lhs.order != rhs.order { return lhs.order < rhs.order }
            if lhs.evidence.range.start != rhs.evidence.range.start { return lhs.evidence.range.start < rhs.evidence.range.start }
            if lhs.evidence.range.end != rhs.evidence.range.end { return lhs.evidence.range.end < rhs.evidence.range.end }
            if lhs.term != rhs.term { return lhs.term < rhs.term }
            return !lhs.evidence.negated && rhs.evidence.negated
        }
    }

    func assess(_ requirement: Requirement) -> Assessment {
        let skills = requirement.skills.compactMap { matcher.skillIndex(named: $0) }
        var candidates: [Candidate] = []
        var statuses: [RequirementStatus] = []
        if skills.isEmpty {
            let stems = ContentWords.stems(of: requirement.text)
            if !stems.isEmpty {
                let found = wordCandidates(stems, term: 0, excluding: nil)
                candidates = found
                statuses = [status(of: found)]
            } else {
                statuses = [.unmet]
            }
        } else {
            for (term, skill) in skills.enumerated() {
                let found = skillCandidates(skill, term: term)
                candidates += found
                statuses.append(status(of: found))
            }
        }
        candidates.sort(by: Candidate.precedes)
        let status = StatusRule.combine(statuses, alternatives: skills.count > 1 && StatusRule.offersAlternatives(requirement.text))
        let years = requirement.minYears == nil ? nil : yearsFound(for: skills, candidates: candidates)
        return Assessment(requirement: requirement, status: status, evidence: select(candidates, terms: max(skills.count, 1)),
                          yearsFound: years)
    }

    private func status(of candidates: [Candidate]) -> RequirementStatus {
        let sorted = candidates.sorted(by: Candidate.precedes)
        return StatusRule.status(interviewNegations: sorted.filter(\.isInterview).map(\.evidence.negated),
                                 hasCV: sorted.contains { !$0.isInterview })
    }

    /// The decisive quote of each term first (the latest interview quote, else the first CV quote),
    /// then the rest in order, up to the cap; shown in order, each place once.
    private func select(_ sorted: [Candidate], terms: Int) -> [Evidence] {
        struct Place: Hashable {
            var path: String
            var range: SourceRange
        }
        var chosen = Set<Int>()
        var places = Set<Place>()
        func take(_ index: Int) {
            guard chosen.count < options.maxEvidencePerRequirement,
                  places.insert(Place(path: sorted[index].evidence.path, range: sorted[index].evidence.range)).inserted
            else { return }
            chosen.insert(index)
        }
        for term in 0..<terms {
            let indices = sorted.indices.filter { sorted[$0].term == term }
            if let decisive = indices.last(where: { sorted[$0].isInterview }) ?? indices.first { take(decisive) }
        }
        for index in sorted.indices { take(index) }
        return chosen.sorted().map { sorted[$0].evidence }
    }

    // MARK: Skills

    private func skillCandidates(_ skill: Int, term: Int) -> [Candidate] {
        var found: [Candidate] = []
        for (order, transcript) in transcripts {
            for occurrence in transcript.occurrences[skill] ?? [] {
                guard let block = transcript.blocks[occurrence.block] else { continue }
                let match = block.matches[occurrence.match]
                let sentence = block.sentenceIndex(containing: match.tokens.lowerBound)
                // A question is not an answer, whoever asks it.
                if block.isQuestion[sentence] { continue }
                let negated = Negation.isNegated(match.tokens, sentence: block.sentences[sentence], in: block.tokens)
                let quote = block.quote(around: match.tokens, sentence: sentence)
                found.append(transcriptCandidate(transcript, turn: occurrence.block, quote: quote, negated: negated,
                                                 order: order, term: term,
                                                 years: negated ? nil : YearsStatement.longest(in: block.tokens, range: block.sentences[sentence])))
            }
            for answer in transcript.answers[skill] ?? [] {
                guard let block = transcript.blocks[answer.turn], let first = block.sentences.first else { continue }
                let quote = block.quote(around: Negation.firstClause(of: first, in: block.tokens).nonEmpty ?? first, sentence: 0)
                found.append(transcriptCandidate(transcript, turn: answer.turn, quote: quote, negated: !answer.positive,
                                                 order: order, term: term,
                                                 years: answer.positive ? YearsStatement.longest(in: block.tokens, range: first) : nil))
            }
        }
        let stems = matcher.nameStems[skill]
        if !stems.isEmpty { found += wordCandidates(stems, term: term, excluding: skill) }
        for (order, cv) in cvs {
            for occurrence in cv.occurrences[skill] ?? [] {
                guard let block = cv.blocks[occurrence.block] else { continue }
                let match = block.matches[occurrence.match]
                let sentence = block.sentenceIndex(containing: match.tokens.lowerBound)
                let quote = block.quote(around: match.tokens, sentence: sentence)
                found.append(cvCandidate(cv, quote: quote, order: order, term: term,
                                         years: YearsStatement.longest(in: block.tokens, range: block.sentences[sentence])))
            }
        }
        return found
    }

    // MARK: Ordinary words

    /// Sentences holding enough of `stems`; sentences where `excluding` is named are left to the skill matcher.
    private func wordCandidates(_ stems: [String], term: Int, excluding: Int?) -> [Candidate] {
        let needed = ContentWords.threshold(for: stems.count)
        var found: [Candidate] = []
        func matchingSentences(_ block: PreparedBlock) -> [Int] {
            let named = Set(block.matches.filter { $0.skillIndex == excluding }.map { block.sentenceIndex(containing: $0.tokens.lowerBound) })
            return block.sentences.indices.filter { sentence in
                !named.contains(sentence) && stems.reduce(0) { $0 + (block.stems[sentence].contains($1) ? 1 : 0) } >= needed
            }
        }
        func focus(_ block: PreparedBlock, _ sentence: Int) -> Range<Int> {
            let range = block.sentences[sentence]
            let first = range.first { block.tokens[$0].isWord && ContentWords.stem(block.tokens[$0].lower).map(stems.contains) == true }
            return first.map { $0..<($0 + 1) } ?? range
        }
        for (order, transcript) in transcripts {
            for (turn, block) in transcript.blocks.enumerated() where transcript.countsAsCandidate[turn] {
                guard let block else { continue }
                for sentence in matchingSentences(block) where !block.isQuestion[sentence] {
                    let range = block.sentences[sentence]
                    let negated = Negation.negatesSentence(range, in: block.tokens)
                    found.append(transcriptCandidate(transcript, turn: turn, quote: block.quote(around: focus(block, sentence), sentence: sentence),
                                                     negated: negated, order: order, term: term,
                                                     years: negated ? nil : YearsStatement.longest(in: block.tokens, range: range)))
                }
            }
        }
        for (order, cv) in cvs {
            for block in cv.blocks {
                guard let block else { continue }
                for sentence in matchingSentences(block) {
                    let range = block.sentences[sentence]
                    found.append(cvCandidate(cv, quote: block.quote(around: focus(block, sentence), sentence: sentence), order: order, term: term,
                                             years: YearsStatement.longest(in: block.tokens, range: range)))
                }
            }
        }
        return found
    }

    // MARK: Years

    /// The most years shown: CV roles that mention the skills (all roles for a requirement naming
    /// none), merged so overlaps count once, or a stated duration in a quote, whichever is larger.
    private func yearsFound(for skills: [Int], candidates: [Candidate]) -> Double? {
        var best = candidates.compactMap(\.years).max()
        for (_, cv) in cvs {
            var relevant = Set<Int>()
            if skills.isEmpty {
                relevant = Set(cv.parsed.roles.indices)
            } else {
                let wanted = Set(skills)
                for (index, roleSkills) in cv.roleSkills.enumerated() where !roleSkills.isDisjoint(with: wanted) {
                    relevant.insert(index)
                }
                for skill in skills {
                    for occurrence in cv.occurrences[skill] ?? [] {
                        if let role = cv.roleIndex(ofEntry: occurrence.block) { relevant.insert(role) }
                    }
                }
            }
            let roles = relevant.sorted().compactMap { cv.parsed.roles.indices.contains($0) ? cv.parsed.roles[$0] : nil }
            guard roles.contains(where: { $0.start != nil }) else { continue }
            let total = ExperienceYears.total(of: roles, now: options.referenceDate)
            best = max(best ?? 0, total)
        }
        return best.map(ExperienceYears.rounded)
    }

    // MARK: Evidence values

    private func transcriptCandidate(_ transcript: PreparedTranscript, turn: Int, quote: Substring, negated: Bool,
                                     order: Int, term: Int, years: Double?) -> Candidate {
        let evidence = Evidence(path: transcript.path, range: transcript.source.range(of: quote), source: .transcript,
                                quote: String(quote), speaker: transcript.turns[turn].speaker,
                                timestamp: transcript.turns[turn].timestamp, negated: negated)
        return Candidate(evidence: evidence, order: order, term: term, years: years)
    }

    private func cvCandidate(_ cv: PreparedCV, quote: Substring, order: Int, term: Int, years: Double?) -> Candidate {
        let evidence = Evidence(path: cv.path, range: cv.source.range(of: quote), source: .cv, quote: String(quote))
        return Candidate(evidence: evidence, order: order, term: term, years: years)
    }
}

extension Range {
    /// Self, or nil when empty.
    var nonEmpty: Self? { isEmpty ? nil : self }
}
