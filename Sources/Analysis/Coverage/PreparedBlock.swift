/// One unit of evidence text (a transcript turn or a CV entry), tokenized and matched once.
///
/// It keeps its own copy of the text, so the same turn prepared once serves every later version
/// of the document; `range(of:from:)` places a quote back in the document. A class, so that the versions
/// of a document share the blocks of their unchanged turns. It keeps what tokenizing found, not the
/// tokens: they were most of a large transcript's memory (a 10 MB one held ~250 MB of them), and the few
/// later uses (a negated sentence, a quote) tokenize the text again.
final class PreparedBlock: Sendable {
    let text: String
    /// Token ranges of the sentences, in order.
    let sentences: [Range<Int>]
    /// Per sentence: it ends with a question mark.
    let isQuestion: [Bool]
    /// The question sentences with a colon, and the token each question starts at, after its last colon ("I'd start
    /// with a hypothesis tree: is it volume or mix?" states before it). Few blocks have one: kept sparse, as an
    /// array per block was megabytes on a 10 MB transcript.
    private let questionsAfterColon: [(sentence: Int, start: Int)]
    /// Per sentence: it opens with a to-do word ("Ask about Go", "Follow up on SQL"), a note to
    /// self rather than an observation.
    let isReminder: [Bool]
    /// Per sentence: the stems of its content words; `stems.all` those of every sentence, to skip a block quickly.
    let stems: SentenceStems
    /// Skill mentions, in text order.
    let matches: [TokenMatch]
    /// Where negation cues are ("haven't", "not really"), neutral phrases left out.
    let negationCues: [Range<Int>]
    /// As a reply to a question: the sentence that answers it, the first that is not itself a
    /// question ("Kubernetes? Yes, daily." answers in its second sentence).
    let answerSentence: Int?
    /// As a reply to a question: yes (true), no (false) or neither (nil), from `answerSentence`.
    let answerPolarity: Bool?
    /// As a question: the sentences that ask about the candidate's past (ending "?", not about
    /// wishes such as "Would you like to learn Go?"), and prompts such as "Tell me about ...".
    let askingSentences: [Int]
    /// As a question: the stems of its asking sentences together.
    let askedStems: StemList
    /// As a question: one of its asking sentences is open ("How do you ...?", "Tell me about ..."),
    /// so any account the candidate gives answers it; a closed one ("Have you ...?") wants a yes or no.
    let asksOpenly: Bool
    /// As a question: the skills its asking sentences name.
    let askedSkills: Set<Int>
    /// As a reply: it tells something rather than refusing or deflecting, so it answers an open
    /// question ("Tell me about an experiment you ran."): eight words or more, no negation in it but
    /// of someone else, and its answering sentence not itself a question.
    let isAccount: Bool
    /// Some word of it can state a duration (`YearsStatement.cueWords`): without one, no years need reading.
    let mayStateDuration: Bool

    /// The stems of all sentences together.
    var allStems: StemList { stems.all }

    /// The tokens of `text`, made again on each use (see the type's note): fetch them once per visit.
    var tokens: [TextToken] { Tokenizer.tokens(in: text[...]) }

    /// A block of `text`. Only a turn (`isTurn`, of a transcript or notes) is read as a question or a reply and
    /// for negation: a CV entry's evidence is never negated, and those readings were a third of preparing a CV.
    init(text: String, matcher: SkillMatcher, isTurn: Bool) {
        let tokens = Tokenizer.tokens(in: text[...])
        let sentences = Self.sentences(in: tokens)
        let isQuestion = sentences.map { sentence in
            sentence.suffix(3).contains { tokens[$0].lower == "?" }
        }
        let sentenceStems = sentences.map { sentence in
            sentence.compactMap { tokens[$0].isWord ? ContentWords.stem(at: $0, in: tokens, sentenceStart: sentence.lowerBound) : nil }
        }
        let matches = matcher.matches(in: tokens, bounds: tokens.indices)
        let negationCues = isTurn ? Negation.cuePositions(in: tokens, range: tokens.indices) : []
        let answerSentence = isTurn ? sentences.indices.prefix(2).first { !isQuestion[$0] } : nil
        self.text = text
        self.sentences = sentences
        self.isQuestion = isQuestion
        self.questionsAfterColon = sentences.indices.compactMap { index in
            guard isQuestion[index], let colon = sentences[index].last(where: { tokens[$0].lower == ":" }) else { return nil }
            return (index, colon + 1)
        }
        self.isReminder = sentences.map { sentence in
            sentence.first { tokens[$0].isWord }.map { Self.reminderWords.contains(tokens[$0].lower) } ?? false
        }
        self.stems = SentenceStems(sentenceStems)
        self.matches = matches
        self.negationCues = negationCues
        self.answerSentence = answerSentence
        self.answerPolarity = answerSentence.flatMap { Negation.answerPolarity(sentences[$0], in: tokens) }
        // Only real questions ask: "Our stack is Go." followed by "Yes, sounds great." proves nothing,
        // and "Would you like to learn Go?" answered "Yes" is a lack, not a skill.
        let prompts = isTurn ? sentences.indices.filter { Self.prompts.starts(tokens, range: sentences[$0]) } : []
        let asked = !isTurn ? [] : sentences.indices.filter {
            (isQuestion[$0] && !Self.asksAboutTheFuture(sentences[$0], in: tokens)) || prompts.contains($0)
        }
        self.askingSentences = asked
        // "The role involves a lot of travel. How do you feel about that?" asks about the sentences before.
        let referring = asked.filter { Self.refersBack(sentences[$0], in: tokens) }
        let referredTo = referring.flatMap { sentence in (0..<sentence).filter { !asked.contains($0) } }
        self.askedStems = StemList(asked.flatMap { sentenceStems[$0] } + referredTo.flatMap { sentenceStems[$0] })
        self.asksOpenly = asked.contains { sentence in
            prompts.contains(sentence) || sentences[sentence].first { tokens[$0].isWord }.map { Self.openWords.contains(tokens[$0].lower) } == true
        }
        var askedSkills = Set<Int>()
        for sentence in asked {
            let named = matches.filter { sentences[sentence].contains($0.tokens.lowerBound) }.map(\.skillIndex)
            askedSkills.formUnion(named)
            // "We run CRRT here. Have you run it?" asks about what the sentences before named.
            if named.isEmpty, referring.contains(sentence) {
                let before = sentences[..<sentence].map(\.lowerBound).first ?? sentences[sentence].lowerBound
                askedSkills.formUnion(matches.filter { (before..<sentences[sentence].lowerBound).contains($0.tokens.lowerBound) }.map(\.skillIndex))
            }
        }
        self.askedSkills = askedSkills
        // Someone else's no ("the data they never used") does not make the candidate's story a refusal.
        self.isAccount = answerSentence.map { !isQuestion[$0] } == true
            && negationCues.allSatisfy { Negation.speaksOfOthers($0, in: tokens) }
            && tokens.lazy.filter(\.isWord).count >= 8
        self.mayStateDuration = tokens.contains { YearsStatement.cueWords.contains($0.lower) }
    }

    /// Whether token `token` of sentence `sentence` is in a question rather than a statement before it.
    func asks(at token: Int, sentence: Int) -> Bool {
        guard isQuestion[sentence] else { return token >= sentences[sentence].upperBound }
        let start = questionsAfterColon.first { $0.sentence == sentence }?.start ?? sentences[sentence].lowerBound
        return token >= start
    }

    /// Whether the mention at `mention` in sentence `sentence` is negated (`Negation.isNegated`). Most sentences
    /// hold no negation cue: those are decided without tokenizing again. `tokens` saves that when the caller has them.
    func isNegated(_ mention: Range<Int>, sentence: Int, ignoringOpener: Bool = false, tokens known: [TextToken]? = nil) -> Bool {
        let range = sentences[sentence]
        guard negationCues.contains(where: { range.lowerBound <= $0.lowerBound && $0.upperBound <= range.upperBound })
        else { return false }
        return Negation.isNegated(mention, sentence: range, in: known ?? tokens, cues: negationCues, ignoringOpener: ignoringOpener)
    }

    /// Openers that ask without a question mark.
    private static let prompts = PhraseList([
        "tell me about", "tell us about", "tell me how", "tell us how", "walk me through", "walk us through",
        "talk me through", "talk us through", "take me through", "take us through", "describe", "give me an example",
        "give us an example",
    ])
    private static let openWords: Set<String> = ["how", "what", "which", "why", "where", "when", "who", "tell", "walk", "talk"]

    private static let reminderWords: Set<String> = [
        "ask", "todo", "follow", "check", "probe", "verify", "confirm", "clarify", "explore", "dig", "next", "revisit",
    ]
    private static let futureWords: Set<String> = ["learn", "learning", "interested", "want", "willing", "open", "excited", "keen"]

    /// The sentence points back at what was said before: "Have you run it?", "How do you handle that?".
    private static func refersBack(_ sentence: Range<Int>, in tokens: [TextToken]) -> Bool {
        if sentence.contains(where: { Negation.isBackReference($0, in: tokens, sentence: sentence) }) { return true }
        return sentence.last { tokens[$0].isWord }.map { ["that", "this"].contains(tokens[$0].lower) } == true
    }

    private static func asksAboutTheFuture(_ sentence: Range<Int>, in tokens: [TextToken]) -> Bool {
        sentence.contains { futureWords.contains(tokens[$0].lower) }
    }

    /// The document range of `slice` (a slice of `text`) when the block starts at `start`.
    func range(of slice: Substring, from start: SourcePosition) -> SourceRange {
        SourceRange(start: position(of: slice.startIndex, from: start), end: position(of: slice.endIndex, from: start))
    }

    /// Counts line breaks as `SourceText` does: `\n`, `\r\n` or a lone `\r`.
    private func position(of index: String.Index, from start: SourcePosition) -> SourcePosition {
        let utf8 = text.utf8
        var line = start.line
        var lineStart = utf8.startIndex
        var cursor = utf8.startIndex
        while cursor < index {
            let byte = utf8[cursor]
            cursor = utf8.index(after: cursor)
            if byte == 0x0A || (byte == 0x0D && (cursor == utf8.endIndex || utf8[cursor] != 0x0A)) {
                line += 1
                lineStart = cursor
            }
        }
        let column = text.utf16.distance(from: lineStart, to: index)
        return SourcePosition(line: line, character: line == start.line ? start.character + column : column)
    }

    /// The index of the sentence holding token `token`.
    func sentenceIndex(containing token: Int) -> Int {
        var low = 0
        var high = sentences.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if sentences[mid].lowerBound <= token { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The text of tokens `range` (of this block's `tokens`), from the first token's start to the last one's end.
    func slice(_ range: Range<Int>, of tokens: [TextToken]) -> Substring {
        text[tokens[range.lowerBound].text.startIndex..<tokens[range.upperBound - 1].text.endIndex]
    }

    /// A short exact quote around `focus` in sentence `sentence`: the sentence, or its clause, or a
    /// window of words, whichever first fits in `limit` UTF-16 units.
    func quote(around focus: Range<Int>, sentence: Int, limit: Int = 200) -> Substring {
        let tokens = self.tokens
        func slice(_ range: Range<Int>) -> Substring { self.slice(range, of: tokens) }
        let whole = sentences[sentence]
        if slice(whole).utf16.count <= limit { return slice(whole) }
        var lower = focus.lowerBound
        while lower > whole.lowerBound, !Self.clauseMarks.contains(tokens[lower - 1].lower) { lower -= 1 }
        var upper = focus.upperBound
        while upper < whole.upperBound, !Self.clauseMarks.contains(tokens[upper].lower) { upper += 1 }
        if slice(lower..<upper).utf16.count <= limit { return slice(lower..<upper) }
        var window = focus
        var grew = true
        while grew {
            grew = false
            for candidate in [window.lowerBound - 1..<window.upperBound, window.lowerBound..<window.upperBound + 1]
            where candidate.lowerBound >= lower && candidate.upperBound <= upper && slice(candidate).utf16.count <= limit {
                window = candidate
                grew = true
            }
        }
        return slice(window)
    }

    private static let clauseMarks: Set<String> = [",", ";", ":", "-", "—", "(", ")"]
    private static let abbreviations: Set<String> = ["vs", "dr", "mr", "mrs", "ms", "approx", "incl", "inc", "jr", "sr", "st", "eg", "ie"]

    /// A one-letter word before a full stop that abbreviates rather than ends: lowercase ("e.g.",
    /// "p."), part of a dotted run ("U.S."), or an initial: after a capitalised name ("John C.")
    /// or opening the sentence ("C. Smith"). A letter after an ordinary word ("used R.") is a word.
    private static func isAbbreviatingLetter(at index: Int, in tokens: [TextToken], start: Int) -> Bool {
        let letter = tokens[index]
        guard letter.lower.utf8.count == 1 else { return false }
        // The "t" of "haven't." ends a contraction, and the sentence.
        if index > start, tokens[index - 1].lower == "'", !letter.spaceBefore { return false }
        if !letter.isCapitalized || index == start { return true }
        let before = tokens[index - 1]
        if before.lower == "." && !letter.spaceBefore { return true }
        return before.isWord && before.isCapitalized && letter.lower != "i"
    }

    /// Sentences end at `.`, `!` or `?` before whitespace, and at line breaks.
    private static func sentences(in tokens: [TextToken]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        for index in tokens.indices {
            if index > start, tokens[index].lineBreakBefore {
                sentences.append(start..<index)
                start = index
            }
            guard tokens[index].isSentencePunctuation, index + 1 == tokens.count || tokens[index + 1].spaceBefore else { continue }
            if tokens[index].lower == ".", index > start {
                let previous = tokens[index - 1]
                // "e.g.", "Dr." and the initial in "John C. Smith" do not end a sentence; "I never used R." does.
                if previous.isWord && (abbreviations.contains(previous.lower) || isAbbreviatingLetter(at: index - 1, in: tokens, start: start)) {
                    continue
                }
            }
            sentences.append(start..<(index + 1))
            start = index + 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }
}
