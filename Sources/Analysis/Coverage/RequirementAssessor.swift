/// Gathers the evidence for one requirement from the prepared CVs and transcripts and decides its status.
/// One assessor serves one thread: it remembers the quotes it made.
struct RequirementAssessor {
    let matcher: SkillMatcher
    let options: AnalysisOptions
    /// With each document's position in the session, for ordering.
    let transcripts: [(order: Int, document: PreparedTranscript)]
    let cvs: [(order: Int, document: PreparedCV)]
    /// Evidence already quoted in this analysis: a JD of many requirements cites the same few lines again and
    /// again, and a quote tokenizes its line anew.
    private let quoted = QuotedEvidence()

    init(matcher: SkillMatcher, options: AnalysisOptions, transcripts: [(order: Int, document: PreparedTranscript)],
         cvs: [(order: Int, document: PreparedCV)]) {
        self.matcher = matcher
        self.options = options
        self.transcripts = transcripts
        self.cvs = cvs
    }

    /// A piece of evidence before selection: where it is and what it says, the quote made only if chosen.
    struct Candidate: Hashable {
        var isInterview: Bool
        /// Index into `transcripts` or `cvs`.
        var document: Int
        /// Session order of the document.
        var order: Int
        var block: Int
        var sentence: Int
        /// Tokens the quote is cut around.
        var focus: Range<Int>
        var negated: Bool
        /// Which of the requirement's terms it supports (a skill's position, or 0 for words).
        var term: Int
        /// The narrower skill mentioned when it, not the requirement's skill, is the evidence.
        var member: Int? = nil

        /// A total order (ties broken down to the last field) so the result never depends on sort stability.
        static func precedes(_ lhs: Candidate, _ rhs: Candidate) -> Bool {
            if lhs.isInterview != rhs.isInterview { return lhs.isInterview }
            if lhs.order != rhs.order { return lhs.order < rhs.order }
            if lhs.block != rhs.block { return lhs.block < rhs.block }
            if lhs.focus.lowerBound != rhs.focus.lowerBound { return lhs.focus.lowerBound < rhs.focus.lowerBound }
            if lhs.focus.upperBound != rhs.focus.upperBound { return lhs.focus.upperBound < rhs.focus.upperBound }
            if lhs.term != rhs.term { return lhs.term < rhs.term }
            return !lhs.negated && rhs.negated
        }
    }

    /// The assessment of `requirement`, read as `reading`.
    func assess(_ requirement: Requirement, reading: RequirementReading) -> Assessment {
        let skills = reading.skills
        let field = requirement.minYears == nil ? nil : RequirementField(requirementText: requirement.text)
        let fieldEvidence = field.map(fieldCandidates) ?? []
        let verdict: Verdict
        if skills.isEmpty {
            verdict = wordsVerdict(requirement, reading: reading, fieldEvidence: fieldEvidence)
        } else if skills.allSatisfy(matcher.isOrdinaryWord) {
            verdict = ordinaryWordsVerdict(requirement, reading: reading, fieldEvidence: fieldEvidence)
        } else {
            verdict = skillsVerdict(requirement, reading: reading, field: field, fieldEvidence: fieldEvidence)
        }
        var candidates = verdict.candidates + verdict.parts.candidates
        candidates.sort(by: Candidate.precedes)
        let years = requirement.minYears == nil ? nil : yearsFound(for: skills, field: field, candidates: candidates)
        let terms = (skills.isEmpty || skills.allSatisfy(matcher.isOrdinaryWord) ? 1 : skills.count) + verdict.parts.terms
        return Assessment(requirement: requirement, status: verdict.status, evidence: select(candidates, terms: terms),
                          yearsFound: years, unconfirmed: verdict.parts.unconfirmed)
    }

    /// A requirement's status before its evidence is quoted, with the candidates that decided it and
    /// what its unrecognised parts add.
    private struct Verdict {
        var status = RequirementStatus.unmet
        var candidates: [Candidate] = []
        var parts = PartsOutcome()
    }

    /// A requirement that names no skill, judged by its words (or its alternatives' words).
    private func wordsVerdict(_ requirement: Requirement, reading: RequirementReading, fieldEvidence: [Candidate]) -> Verdict {
        let stems = reading.stems
        let topic = topicAnswers(stems, skills: [], heads: reading.heads, term: 0)
        let alternatives = requirement.minYears == nil ? wordAlternatives(of: requirement.text) : []
        var verdict = Verdict()
        if !alternatives.isEmpty {
            // "Norwegian or Danish": any alternative's words will do.
            (verdict.status, verdict.candidates) = bestAlternative(alternatives, term: 0, excluding: [], credential: reading.credential,
                                                                   also: topic)
        } else if !stems.isEmpty {
            verdict.candidates = admissible(wordCandidates(stems, term: 0, excluding: [], yearsHead: yearsHead(requirement, stems))
                + topic + fieldEvidence, credential: reading.credential)
            verdict.status = status(of: verdict.candidates)
        }
        return verdict
    }

    /// Skills that are everyday words ("hiring", "postmortems") are also said in other forms ("I hired
    /// six engineers"): the requirement's words count as well, as one term.
    private func ordinaryWordsVerdict(_ requirement: Requirement, reading: RequirementReading, fieldEvidence: [Candidate]) -> Verdict {
        let skills = reading.skills
        let stems = reading.stems
        var found = skills.flatMap { skillCandidates($0, term: 0) } + fieldEvidence
        if !stems.isEmpty {
            found += wordCandidates(stems, term: 0, excluding: Set(skills), yearsHead: yearsHead(requirement, stems))
                + topicAnswers(stems, skills: skills, heads: reading.heads, term: 0)
        }
        var verdict = Verdict(candidates: admissible(found, credential: reading.credential))
        verdict.parts = unrecognisedParts(of: requirement, skills: skills, credential: reading.credential, firstTerm: 1)
        verdict.status = verdict.parts.applied(to: status(of: verdict.candidates))
        return verdict
    }

    /// A requirement naming products or proper skills: each skill judged on its own, then combined by its groups.
    private func skillsVerdict(_ requirement: Requirement, reading: RequirementReading, field: RequirementField?,
                               fieldEvidence: [Candidate]) -> Verdict {
        let skills = reading.skills
        var verdict = Verdict()
        var statuses: [Int: RequirementStatus] = [:]
        // Answers in the requirement's words speak for its practices, not for a named product.
        let topic = skills.contains(where: matcher.isOrdinaryWord)
            ? topicAnswers(reading.stems, skills: skills, heads: reading.heads, term: 0) : []
        // Roles in the field speak for the skills that name it, not for those it is worked with.
        let fieldSkills = field.map { skillsNaming($0, in: requirement.text) } ?? []
        for (term, skill) in skills.enumerated() {
            let shared = (matcher.isOrdinaryWord(skill) ? topic : []) + (fieldSkills.contains(skill) ? fieldEvidence : [])
            let found = admissible(skillCandidates(skill, term: term) + shared.map { answer in
                var answer = answer
                answer.term = term
                return answer
            }, credential: reading.credential)
            verdict.candidates += found
            statuses[skill] = status(of: found)
        }
        verdict.parts = unrecognisedParts(of: requirement, skills: skills, credential: reading.credential, firstTerm: skills.count)
        verdict.status = verdict.parts.applied(to: StatusRule.combine(statuses, groups: reading.groups))
        return verdict
    }

    /// A years requirement is about its field, named last ("4+ years of software development").
    private func yearsHead(_ requirement: Requirement, _ stems: [String]) -> String? {
        requirement.minYears == nil ? nil : stems.last
    }

    /// Candidates that can count for the requirement: none on a line that addresses an AI model, and for a
    /// credential in a field, only those that name a credential.
    func admissible(_ candidates: [Candidate], credential: Bool) -> [Candidate] {
        let candidates = candidates.filter { candidate in
            let injected = candidate.isInterview ? transcripts[candidate.document].document.injected
                : cvs[candidate.document].document.injected
            return !injected.contains(block: candidate.block, sentence: candidate.sentence)
        }
        guard credential else { return candidates }
        return candidates.filter { candidate in
            guard let block = block(of: candidate) else { return false }
            return CredentialRule.namesCredential(block.tokens, range: block.sentences[candidate.sentence])
        }
    }

    func status(of candidates: [Candidate]) -> RequirementStatus {
        let sorted = candidates.sorted(by: Candidate.precedes)
        return StatusRule.status(interviewNegations: sorted.filter(\.isInterview).map(\.negated),
                                 hasCV: sorted.contains { !$0.isInterview })
    }

    /// The decisive quote of each term first (the latest interview quote, else the first CV quote),
    /// then the rest in order, up to the cap; shown in order, each place once.
    private func select(_ sorted: [Candidate], terms: Int) -> [Evidence] {
        struct Place: Hashable {
            var path: String
            var range: SourceRange
        }
        var chosen: [Int: Evidence] = [:]
        var places = Set<Place>()
        func take(_ index: Int) {
            guard chosen.count < options.maxEvidencePerRequirement, chosen[index] == nil else { return }
            let evidence = self.evidence(for: sorted[index])
            guard places.insert(Place(path: evidence.excerpt.path, range: evidence.excerpt.range)).inserted else { return }
            chosen[index] = evidence
        }
        for term in 0..<terms {
            let indices = sorted.indices.filter { sorted[$0].term == term }
            if let decisive = indices.last(where: { sorted[$0].isInterview }) ?? indices.first { take(decisive) }
        }
        for index in sorted.indices where chosen.count < options.maxEvidencePerRequirement { take(index) }
        return chosen.keys.sorted().compactMap { chosen[$0] }
    }

    // MARK: Skills

    /// Mentions of `skill`, of the words of its name, and of its members ("Jenkins" for CI/CD).
    private func skillCandidates(_ skill: Int, term: Int) -> [Candidate] {
        var found = mentionCandidates(skill, term: term)
        let stems = matcher.nameStems[skill]
        if !stems.isEmpty { found += wordCandidates(stems, term: term, excluding: [skill]) }
        for member in matcher.narrower[skill] {
            found += mentionCandidates(member, term: term).map { candidate in
                var candidate = candidate
                candidate.member = member
                return candidate
            }
        }
        return found
    }

    private func mentionCandidates(_ skill: Int, term: Int) -> [Candidate] {
        var found: [Candidate] = []
        for (documentIndex, (order, transcript)) in transcripts.enumerated() {
            // A reply that opens with "No, not really." about the skill is a no: what follows in the
            // same turn explains it ("I did one module in R at university"), it does not undo it.
            let refusals = Set((transcript.answers[skill] ?? []).filter { !$0.positive }.map(\.turn))
            for occurrence in transcript.occurrences[skill] ?? [] {
                guard let block = transcript.blocks[occurrence.block] else { continue }
                let match = block.matches[occurrence.match]
                let sentence = block.sentenceIndex(containing: match.tokens.lowerBound)
                // A question is not an answer, whoever asks it.
                if block.asks(at: match.tokens.lowerBound, sentence: sentence)
                    || (transcript.isObservation[occurrence.block] && block.isReminder[sentence]) { continue }
                // "Power BI?" "Not really, our reports come out of the WMS.": the opening no is about Power BI.
                let answersOther = occurrence.block > 0 && transcript.turns[occurrence.block - 1].role == .interviewer
                    && transcript.blocks[occurrence.block - 1].map { !$0.askedSkills.isEmpty && !$0.askedSkills.contains(skill) } == true
                let negated = block.isNegated(match.tokens, sentence: sentence, ignoringOpener: answersOther)
                if refusals.contains(occurrence.block) && !negated { continue }
                found.append(Candidate(isInterview: true, document: documentIndex, order: order, block: occurrence.block,
                                       sentence: sentence, focus: match.tokens, negated: negated, term: term))
            }
            for answer in transcript.answers[skill] ?? [] {
                guard let block = transcript.blocks[answer.turn], let sentence = block.answerSentence else { continue }
                let range = block.sentences[sentence]
                let focus = Negation.firstClause(of: range, in: block.tokens).nonEmpty ?? range
                found.append(Candidate(isInterview: true, document: documentIndex, order: order, block: answer.turn,
                                       sentence: sentence, focus: focus, negated: !answer.positive, term: term))
            }
        }
        for (documentIndex, (order, cv)) in cvs.enumerated() {
            for occurrence in cv.occurrences[skill] ?? [] {
                guard let block = cv.blocks[occurrence.block] else { continue }
                let match = block.matches[occurrence.match]
                found.append(Candidate(isInterview: false, document: documentIndex, order: order, block: occurrence.block,
                                       sentence: block.sentenceIndex(containing: match.tokens.lowerBound), focus: match.tokens,
                                       negated: false, term: term))
            }
        }
        return found
    }

    // MARK: Ordinary words

    /// Sentences holding enough of `stems`; sentences where `excluding` is named are left to the skill matcher.
    /// With `yearsHead`, a sentence that states a duration and names the field also counts: "I've been
    /// a developer for six years" for "4+ years of professional software development".
    func wordCandidates(_ stems: [String], term: Int, excluding: Set<Int>, yearsHead: String? = nil) -> [Candidate] {
        let needed = ContentWords.threshold(for: stems.count)
        var found: [Candidate] = []
        func matchingSentences(_ block: PreparedBlock) -> [Int] {
            // Where the requirement's stems are among the block's: each sentence is then checked by position.
            let present = stems.compactMap(block.allStems.index(of:))
            let headed = yearsHead != nil && !present.isEmpty
            guard headed || present.count >= needed else { return [] }
            let named = Set(block.matches.filter { excluding.contains($0.skillIndex) }.map { block.sentenceIndex(containing: $0.tokens.lowerBound) })
            lazy var tokens = block.tokens
            return block.sentences.indices.filter { sentence in
                guard !named.contains(sentence) else { return false }
                if block.stems.count(of: present, inSentence: sentence) >= needed { return true }
                guard let yearsHead, block.mayStateDuration,
                      Self.namesField(stems, head: yearsHead, in: block, sentence: sentence, tokens: { tokens }) else { return false }
                return YearsStatement.statesDuration(in: tokens, range: block.sentences[sentence])
            }
        }
        func focus(_ block: PreparedBlock, _ sentence: Int, _ tokens: [TextToken]) -> Range<Int> {
            let range = block.sentences[sentence]
            let first = range.first { tokens[$0].isWord && ContentWords.stem(tokens[$0].lower).map(stems.contains) == true }
            return first.map { $0..<($0 + 1) } ?? range
        }
        for (documentIndex, (order, transcript)) in transcripts.enumerated() {
            for (turn, block) in transcript.blocks.enumerated() where transcript.countsAsCandidate[turn] {
                guard let block else { continue }
                let sentences = matchingSentences(block).filter { sentence in
                    !block.isQuestion[sentence] && !(transcript.isObservation[turn] && block.isReminder[sentence])
                }
                guard !sentences.isEmpty else { continue }
                let tokens = block.tokens
                for sentence in sentences {
                    let focus = focus(block, sentence, tokens)
                    found.append(Candidate(isInterview: true, document: documentIndex, order: order, block: turn,
                                           sentence: sentence, focus: focus,
                                           negated: block.isNegated(focus, sentence: sentence, tokens: tokens),
                                           term: term))
                }
            }
        }
        for (documentIndex, (order, cv)) in cvs.enumerated() {
            for (entry, block) in cv.blocks.enumerated() {
                guard let block else { continue }
                let sentences = matchingSentences(block)
                guard !sentences.isEmpty else { continue }
                let tokens = block.tokens
                for sentence in sentences {
                    found.append(Candidate(isInterview: false, document: documentIndex, order: order, block: entry,
                                           sentence: sentence, focus: focus(block, sentence, tokens), negated: false, term: term))
                }
            }
        }
        return found
    }

    /// The sentence names the field of a years requirement: its head ("a developer" for "software
    /// development"), or another of its words followed by no other content word ("backend work" for
    /// "backend development", but not "software sales").
    /// `tokens` gives the block's tokens, needed only when the sentence holds one of `stems`.
    private static func namesField(_ stems: [String], head: String, in block: PreparedBlock, sentence: Int,
                                   tokens: () -> [TextToken]) -> Bool {
        let range = block.sentences[sentence]
        if block.stems.contains(head, inSentence: sentence) { return true }
        guard stems.contains(where: { block.stems.contains($0, inSentence: sentence) }) else { return false }
        let tokens = tokens()
        return range.contains { index in
            guard tokens[index].isWord, let stem = ContentWords.stem(tokens[index].lower), stems.contains(stem) else { return false }
            let next = index + 1
            return next == range.upperBound || !tokens[next].isWord || ContentWords.stem(tokens[next].lower) == nil
        }
    }

    // MARK: Years

    /// The most years shown: CV roles in the field or that mention the skills (all roles for a
    /// requirement naming neither, or whose field no role names), merged so overlaps count once, or
    /// a stated duration in a quote, whichever is larger.
    private func yearsFound(for skills: [Int], field: RequirementField?, candidates: [Candidate]) -> Double? {
        var best = candidates.compactMap(statedYears).max()
        for (_, cv) in cvs {
            var relevant = Set(fieldRoles(field, in: cv))
            if skills.isEmpty {
                if relevant.isEmpty { relevant = Set(cv.parsed.roles.indices) }
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

    // MARK: Field of a years requirement

    /// CV role titles that name the field, and interview sentences that name it with a duration
    /// ("I've been an analyst for six years").
    private func fieldCandidates(_ field: RequirementField) -> [Candidate] {
        var found: [Candidate] = []
        for (documentIndex, (order, transcript)) in transcripts.enumerated() {
            for (turn, block) in transcript.blocks.enumerated() where transcript.countsAsCandidate[turn] {
                // Most turns state no duration: those are skipped before tokenizing them again (`PreparedBlock.tokens`).
                guard let block, block.mayStateDuration else { continue }
                let tokens = block.tokens
                for (sentence, range) in block.sentences.enumerated()
                where !block.isQuestion[sentence] && !(transcript.isObservation[turn] && block.isReminder[sentence])
                    && YearsStatement.statesDuration(in: tokens, range: range) {
                    guard let word = range.first(where: { tokens[$0].isWord && field.namesHead(tokens[$0].lower) }) else { continue }
                    let focus = word..<(word + 1)
                    found.append(Candidate(isInterview: true, document: documentIndex, order: order, block: turn, sentence: sentence,
                                           focus: focus, negated: Negation.isNegated(focus, sentence: range, in: tokens,
                                                                                     cues: block.negationCues),
                                           term: 0))
                }
            }
        }
        for (documentIndex, (order, cv)) in cvs.enumerated() {
            for role in fieldRoles(field, in: cv) {
                guard let entry = cv.headingEntries[role], let block = cv.blocks[entry] else { continue }
                let tokens = block.tokens
                guard let word = tokens.indices.first(where: { tokens[$0].isWord && field.namesHead(tokens[$0].lower) }) else { continue }
                found.append(Candidate(isInterview: false, document: documentIndex, order: order, block: entry,
                                       sentence: block.sentenceIndex(containing: word), focus: word..<(word + 1), negated: false, term: 0))
            }
        }
        return found
    }

    /// Indices of the CV's roles whose titles name the field.
    private func fieldRoles(_ field: RequirementField?, in cv: PreparedCV) -> [Int] {
        guard let field else { return [] }
        return cv.parsed.roles.indices.filter { field.isNamed(in: cv.parsed.roles[$0].title) }
    }

    /// The requirement's skills written inside its field phrase ("data science" in "3+ years in a
    /// data science role", not Kafka in "3+ years as an engineer working with Kafka").
    private func skillsNaming(_ field: RequirementField, in text: String) -> Set<Int> {
        let tokens = Tokenizer.tokens(in: text[...])
        guard field.tokens.upperBound <= tokens.count else { return [] }
        return Set(matcher.matches(in: tokens, bounds: field.tokens, needingContext: false).map(\.skillIndex))
    }

    // MARK: Evidence values

    private func block(of candidate: Candidate) -> PreparedBlock? {
        candidate.isInterview ? transcripts[candidate.document].document.blocks[candidate.block]
            : cvs[candidate.document].document.blocks[candidate.block]
    }

    /// Years the candidate's sentence states ("six years of Python", "since 2018" up to the reference
    /// date); negated sentences state none.
    private func statedYears(_ candidate: Candidate) -> Double? {
        guard !candidate.negated, let block = block(of: candidate), block.mayStateDuration else { return nil }
        let range = block.sentences[candidate.sentence]
        let tokens = block.tokens
        let since = YearsStatement.sinceYear(in: tokens, range: range).map { options.referenceDate - Double($0) }
        let stated = [YearsStatement.longest(in: tokens, range: range), since].compactMap { $0 }.filter { $0 > 0 }
        return stated.max()
    }

    private func evidence(for candidate: Candidate) -> Evidence {
        var place = candidate
        // Which term it supports does not change the quote.
        place.term = 0
        if let known = quoted.evidence[place] { return known }
        let made = quote(for: candidate)
        quoted.evidence[place] = made
        return made
    }

    private func quote(for candidate: Candidate) -> Evidence {
        let member = candidate.member.map { matcher.names[$0] }
        if candidate.isInterview {
            let transcript = transcripts[candidate.document].document
            let turn = transcript.turns[candidate.block]
            let block = transcript.blocks[candidate.block]!
            let quote = block.quote(around: candidate.focus, sentence: candidate.sentence)
            let excerpt = SourceQuote(path: transcript.path, kind: transcript.kind,
                                      range: block.range(of: quote, from: turn.range.start), text: String(quote),
                                      speaker: turn.speaker, timestamp: turn.timestamp)
            return Evidence(excerpt: excerpt, negated: candidate.negated, member: member)
        }
        let cv = cvs[candidate.document].document
        let block = cv.blocks[candidate.block]!
        let quote = block.quote(around: candidate.focus, sentence: candidate.sentence)
        let range = block.range(of: quote, from: cv.parsed.entries[candidate.block].range.start)
        let excerpt = SourceQuote(path: cv.path, kind: .cv, range: range, text: String(quote))
        return Evidence(excerpt: excerpt, member: member)
    }
}

extension Range {
    /// Self, or nil when empty.
    var nonEmpty: Self? { isEmpty ? nil : self }
}

/// Evidence quoted so far in one analysis, by candidate (one analysis runs on one thread).
private final class QuotedEvidence {
    var evidence: [RequirementAssessor.Candidate: Evidence] = [:]
}
