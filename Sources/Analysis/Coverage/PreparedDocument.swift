extension PreparedBlock {
    /// Blocks for units whose parsed text is `texts` at `ranges` (nil where a range does not fit the document),
    /// reusing cached ones. A unit's text is the block's own when it is the text at its range, as the parsers
    /// make it: shared, not copied again.
    static func blocks(for texts: [String], at ranges: [SourceRange], in source: SourceText, areTurns: Bool,
                       matcher: SkillMatcher, cache: PreparedDocumentCache?) -> [PreparedBlock?] {
        let strings = zip(texts, ranges).map { text, range in
            source.text(in: range).map { slice in slice.utf8.elementsEqual(text.utf8) ? text : String(slice) }
        }
        let prepare = { @Sendable (text: String) in PreparedBlock(text: text, matcher: matcher, isTurn: areTurns) }
        guard let cache else { return strings.map { $0.map(prepare) } }
        return cache.blocks(for: strings, areTurns: areTurns, prepare: prepare)
    }
}

/// Where a skill is mentioned: a block of a prepared document and the match within it.
struct SkillOccurrence: Sendable {
    var block: Int
    var match: Int
}

/// A transcript or notes document, parsed and prepared for matching.
struct PreparedTranscript: Sendable {
    let path: String
    let kind: DocumentKind
    let source: SourceText
    let turns: [Transcript.Turn]
    /// One per turn; nil when the turn's range does not hold its text.
    let blocks: [PreparedBlock?]
    /// Per turn: its words count as the candidate's (candidate turns; unattributed lines of notes).
    let countsAsCandidate: [Bool]
    /// Per turn: an unattributed line of notes, the recruiter's own observation.
    let isObservation: [Bool]
    /// Skill index -> mentions in turns that count as the candidate's.
    let occurrences: [Int: [SkillOccurrence]]
    /// Candidate turns that reply to an interviewer's question or prompt just before them.
    let replies: [Int]
    /// Stem -> positions in `replies` whose question holds it (`PreparedBlock.askedStems`), so a
    /// requirement finds the questions on its topic without visiting every reply.
    let repliesByQuestionStem: [String: [Int]]
    /// Skill index -> candidate turns that answer yes (true) or no (false) to a question naming it.
    let answers: [Int: [(turn: Int, positive: Bool)]]
    /// Sentences on lines that address an AI model: never evidence.
    let injected: InjectedSentences

    init(document: SessionDocument, matcher: SkillMatcher, cache: PreparedDocumentCache? = nil) {
        self.init(document: document, transcript: TranscriptParser.parse(document.text, path: document.path),
                  matcher: matcher, cache: cache)
    }

    init(document: SessionDocument, transcript: Transcript, matcher: SkillMatcher, cache: PreparedDocumentCache? = nil) {
        let blocks = PreparedBlock.blocks(for: transcript.turns.map(\.text), at: transcript.turns.map(\.range), in: document.text,
                                          areTurns: true, matcher: matcher, cache: cache)
        let observations = transcript.turns.map { document.kind == .notes && $0.role == .unknown }
        let counts = transcript.turns.indices.map { transcript.turns[$0].role == .candidate || observations[$0] }
        let injected = InjectedSentences(document: document, blocks: blocks, ranges: transcript.turns.map(\.range))
        var occurrences: [Int: [SkillOccurrence]] = [:]
        for (index, block) in blocks.enumerated() where counts[index] {
            guard let block else { continue }
            for (matchIndex, match) in block.matches.enumerated() where !injected.contains(block: index, match: match, in: block) {
                occurrences[match.skillIndex, default: []].append(SkillOccurrence(block: index, match: matchIndex))
            }
        }
        self.path = document.path
        self.kind = document.kind
        self.source = document.text
        self.turns = transcript.turns
        self.blocks = blocks
        self.countsAsCandidate = counts
        self.isObservation = observations
        self.occurrences = occurrences
        self.injected = injected
        self.answers = Self.answers(turns: transcript.turns, blocks: blocks)
        let replies = transcript.turns.indices.dropFirst().filter { index in
            transcript.turns[index].role == .candidate && transcript.turns[index - 1].role == .interviewer
                && blocks[index - 1]?.askingSentences.isEmpty == false && blocks[index]?.answerSentence != nil
        }
        self.replies = replies
        var repliesByQuestionStem: [String: [Int]] = [:]
        for (reply, turn) in replies.enumerated() {
            for stem in blocks[turn - 1]?.askedStems ?? StemList([]) { repliesByQuestionStem[stem, default: []].append(reply) }
        }
        self.repliesByQuestionStem = repliesByQuestionStem
    }

    /// Answers ("No, not really.", "Yes, for years.", or an account after "Tell me about ...") to the
    /// interviewer's question just before.
    private static func answers(turns: [Transcript.Turn], blocks: [PreparedBlock?]) -> [Int: [(turn: Int, positive: Bool)]] {
        var answers: [Int: [(turn: Int, positive: Bool)]] = [:]
        for index in turns.indices.dropFirst() where turns[index].role == .candidate && turns[index - 1].role == .interviewer {
            // A yes or no answers any question; an account answers an open one ("Tell me about ..."),
            // unless it turns to other skills ("What about Kafka?" "We used RabbitMQ at work.").
            guard let question = blocks[index - 1], !question.askedSkills.isEmpty, let answer = blocks[index],
                  let positive = answer.answerPolarity ?? (question.asksOpenly && answer.isAccount && answer.matches.isEmpty ? true : nil),
                  let sentence = answer.answerSentence else { continue }
            let range = answer.sentences[sentence]
            // An answer that names an asked skill is judged by its own words, and says nothing
            // plain about the others ("Kubernetes or Terraform?" "Yes, Kubernetes mostly.").
            let named = Set(answer.matches.filter { range.contains($0.tokens.lowerBound) }.map(\.skillIndex))
            guard named.isDisjoint(with: question.askedSkills) else { continue }
            // When the reply goes on to name some of the asked skills, its yes or no is about those:
            // "Negotiating in German?" "Honestly, no. My German is conversational."
            let explained = Set(answer.matches.map(\.skillIndex)).intersection(question.askedSkills)
            for skill in (explained.isEmpty ? question.askedSkills : explained).sorted() {
                answers[skill, default: []].append((index, positive))
            }
        }
        return answers
    }
}

/// A CV, parsed and prepared for matching.
struct PreparedCV: Sendable {
    let path: String
    let source: SourceText
    let parsed: ParsedCV
    /// One per entry; nil when the entry's range does not hold its text.
    let blocks: [PreparedBlock?]
    /// Per role: the skills its heading line mentions.
    let roleSkills: [Set<Int>]
    /// Per role: the entry on its heading line, if any (looked up once: a CV can have as many roles as entries).
    let headingEntries: [Int?]
    /// Skill index -> mentions in entries.
    let occurrences: [Int: [SkillOccurrence]]
    /// Sentences on lines that address an AI model: never evidence.
    let injected: InjectedSentences

    init(document: SessionDocument, matcher: SkillMatcher, cache: PreparedDocumentCache? = nil) {
        self.init(document: document, parsed: CVParser.parse(document.text), matcher: matcher, cache: cache)
    }

    init(document: SessionDocument, parsed: ParsedCV, matcher: SkillMatcher, cache: PreparedDocumentCache? = nil) {
        let blocks = PreparedBlock.blocks(for: parsed.entries.map(\.text), at: parsed.entries.map(\.range), in: document.text,
                                          areTurns: false, matcher: matcher, cache: cache)
        let injected = InjectedSentences(document: document, blocks: blocks, ranges: parsed.entries.map(\.range))
        let flaggedLines = Set(injected.findings.map(\.range.start.line))
        var occurrences: [Int: [SkillOccurrence]] = [:]
        for (index, block) in blocks.enumerated() {
            guard let block else { continue }
            for (matchIndex, match) in block.matches.enumerated() where !injected.contains(block: index, match: match, in: block) {
                occurrences[match.skillIndex, default: []].append(SkillOccurrence(block: index, match: matchIndex))
            }
        }
        self.path = document.path
        self.source = document.text
        self.parsed = parsed
        self.blocks = blocks
        self.roleSkills = parsed.roles.map { role in
            guard !flaggedLines.contains(role.range.start.line), let title = document.text.text(in: role.range) else { return [] }
            return Set(matcher.matches(in: title).map { matcher.skillIndex(named: $0.skill) ?? -1 })
        }
        var entryOnLine: [Int: Int] = [:]
        for (index, entry) in parsed.entries.enumerated() where entryOnLine[entry.range.start.line] == nil {
            entryOnLine[entry.range.start.line] = index
        }
        self.headingEntries = parsed.roles.map { entryOnLine[$0.range.start.line] }
        self.occurrences = occurrences
        self.injected = injected
    }

    /// The role an entry belongs to: as parsed, or the role whose lines hold it.
    func roleIndex(ofEntry index: Int) -> Int? {
        let entry = parsed.entries[index]
        if let roleIndex = entry.roleIndex { return roleIndex }
        // Roles are in line order: a binary search, as a CV can have as many roles as entries.
        let line = entry.range.start.line
        var low = 0
        var high = parsed.roles.count
        while low < high {
            let mid = (low + high) / 2
            if parsed.roles[mid].lines.lowerBound <= line { low = mid + 1 } else { high = mid }
        }
        return low > 0 && parsed.roles[low - 1].lines.contains(line) ? low - 1 : nil
    }
}

/// A job description, parsed, with each requirement's skills filled in from the taxonomy.
struct PreparedJobDescription: Sendable {
    let parsed: ParsedJobDescription
    /// One per requirement of `parsed`, in its order.
    let readings: [RequirementReading]

    init(document: SessionDocument, matcher: SkillMatcher) {
        var parsed = JobDescriptionParser.parse(document.text, path: document.path)
        let requirements = parsed.requirements
        // Each requirement on its own: a JD of 100k bullets is read on every core.
        let read = ParallelMap.map(requirements.count, minimumChunk: 1024) { index in
            let requirement = requirements[index]
            let tokens = Tokenizer.tokens(in: requirement.text[...])
            let matches = matcher.matches(in: tokens, bounds: tokens.indices)
            // `SkillMatcher.requirementSkills(in:)` from the matches at hand (the names in order, once each); it is
            // asked itself only for its relaxed reading, when there are none.
            var seen: Set<String> = []
            var skills = matches.map { matcher.names[$0.skillIndex] }.filter { seen.insert($0).inserted }
            if skills.isEmpty { skills = matcher.requirementSkills(in: requirement.text) }
            for skill in requirement.skills where !skills.contains(skill) { skills.append(skill) }
            var withSkills = requirement
            withSkills.skills = skills
            return (withSkills, RequirementReading(withSkills, tokens: tokens, matches: matches, matcher: matcher))
        }
        parsed.requirements = read.map(\.0)
        self.parsed = parsed
        readings = read.map(\.1)
    }

}
