/// Decides whether a sentence says the speaker lacks what it mentions.
///
/// Rule: a negation cue ("haven't", "never", "not really", "only a little", ...) negates a mention
/// when it is in the same clause (clauses split at "but", "however", "although", ";") and either
/// comes before the mention or follows it within three tokens ("Kubernetes, not really").
/// Phrases that merely contain a cue are neutral: "not only X but Y", "I never stopped using X",
/// "never had an outage with X" (the speaker is boasting, not lacking).
enum Negation {
    static let cues = PhraseList([
        "haven't", "have not", "havent", "hasn't", "has not", "hadn't", "had not", "'ve not", "never", "not",
        "no experience", "no real experience", "no exposure", "no hands-on", "no hands on", "no professional",
        "no production", "don't have", "do not have", "dont have", "doesn't have", "does not have", "didn't",
        "did not", "don't know", "do not know", "don't use", "do not use", "don't really", "only a little",
        "a little bit", "little to no", "little or no", "only a bit", "only briefly", "barely", "limited experience",
        "limited exposure", "only read about", "only heard", "read about", "reading about", "heard about", "only dabbled", "dabbled", "i wish i had",
        "wish i had", "i'd have to learn", "i would have to learn", "would need to learn", "i'd need to learn",
        "have to learn", "need to learn", "would have to pick up", "unfamiliar", "lack", "lacks", "lacking",
        "nope", "nah", "no", "don't", "dont", "doesn't", "doesnt", "didnt", "wasn't", "wasnt", "weren't",
        "isn't", "isnt", "aren't", "won't", "wouldn't", "wouldnt", "want to learn", "like to learn", "love to learn",
        "hope to learn", "hoping to learn", "eager to learn", "keen to learn", "plan to learn", "planning to learn",
        "want to pick up", "like to pick up", "love to pick up",
        // Needing the training means not having the skill: "so I'd need the Epic training".
        "i'd need", "i would need", "i'll need", "i will need", "need training", "need some training",
        "need to get up to speed", "get up to speed on",
        "decided against", "ruled out", "a little", "couldn't", "could not", "couldnt",
    ])

    static let neutral = PhraseList([
        "not only", "not just", "not a problem", "not an issue", "not to mention", "if not", "whether or not",
        "never stopped", "never looked back", "never missed", "never failed", "never had an outage",
        "never had a problem", "never had an issue", "never had a single", "never lost", "never went down",
        "never once", "never regretted", "never left", "never quit", "no problem", "no problems", "not bad",
        "not that hard", "not hard", "not afraid", "no doubt", "no matter", "no issue", "no issues", "no question",
        "don't just", "didn't just", "doesn't just", "don't mind", "wouldn't trade", "won't lie", "no longer a problem",
        // Past experience, not lack: "Not anymore. I used dbt at my last job."
        "not anymore", "not any more", "not these days", "not currently", "not at the moment", "no longer",
        // Unwillingness is not lack: "I wouldn't want to negotiate a contract in German".
        "wouldn't want to", "would not want to", "wouldn't want",
        "couldn't have", "could not have", "couldn't be happier", "couldn't agree more", "couldn't recommend",
        "don't hesitate", "doesn't bother", "does not bother", "didn't bother me", "doesn't faze", "didn't faze",
        // "No" as a noun: "I treat every no as practice".
        "every no", "each no", "wasn't a problem", "wasn't an issue", "isn't a problem", "isn't an issue",
        // Modesty, not lack: "I'm not an expert in Kubernetes but I run it in production".
        // "A little" measures time here, not skill: "a little over five years".
        "a little over", "a little more than", "a little under", "a little less than", "a little longer",
        "a little while", "a little after", "a little before", "a little later", "a little earlier",
        "not an expert", "not a huge expert", "not the biggest expert", "not a guru", "not a ninja",
        "wouldn't call myself an expert", "wouldn't say i'm an expert", "not a world expert", "never claimed",
    ])

    /// Words that open a new clause for the purpose of negation.
    static let clauseBreaks: Set<String> = [";", "but", "however", "although", "though", "whereas", "except"]

    /// Cue positions in `tokens[range]`, without the cues inside neutral phrases.
    static func cuePositions(in tokens: [TextToken], range: Range<Int>) -> [Range<Int>] {
        let neutral = self.neutral.occurrences(in: tokens, range: range)
        return cues.occurrences(in: tokens, range: range).filter { cue in
            !neutral.contains { $0.overlaps(cue) }
        }
    }

    /// True when the mention at `mention` inside sentence `sentence` is negated; `cues` are the
    /// block's cue positions (`cuePositions` over all its tokens, computed once).
    /// With `ignoringOpener`, a cue that opens the sentence before a comma ("Not really, our reports
    /// come out of the WMS") is left out: it answers a question about something else.
    static func isNegated(_ mention: Range<Int>, sentence: Range<Int>, in tokens: [TextToken], cues allCues: [Range<Int>],
                          ignoringOpener: Bool = false) -> Bool {
        // The opener: up to three words before the sentence's first comma ("Not really,", "No,").
        let comma = sentence.first { tokens[$0].lower == "," }
        let opener = comma.flatMap { $0 - sentence.lowerBound <= 3 ? sentence.lowerBound..<$0 : nil }
        let cues = ignoringOpener && opener != nil ? allCues.filter { cue in
            !(opener!.lowerBound <= cue.lowerBound && cue.upperBound <= opener!.upperBound)
        } : allCues
        guard cues.contains(where: { sentence.lowerBound <= $0.lowerBound && $0.upperBound <= sentence.upperBound })
        else { return false }
        let clause = self.clause(around: mention, sentence: sentence, in: tokens)
        let inClause = cues.contains { cue in
            clause.lowerBound <= cue.lowerBound && cue.upperBound <= clause.upperBound
                && governs(cue, mention: mention, in: tokens, sentence: sentence)
        }
        return inClause || negatesPronoun(after: mention, sentence: sentence, in: tokens, cues: cues)
    }

    /// Whether `cue` says the speaker lacks `mention`: it comes before it, or follows it within
    /// three tokens ("Kubernetes, not really"). A bare "no" before a word is a determiner and only
    /// denies the words right after it: "no Kubernetes at all", but not the postmortem in
    /// "I wrote the postmortem: no names, the timeline".
    private static func governs(_ cue: Range<Int>, mention: Range<Int>, in tokens: [TextToken], sentence: Range<Int>) -> Bool {
        let words = cue.map { tokens[$0].lower }
        // "No, Kafka was our main bus": an opening "No," answers the question; it is judged as an
        // answer (`answerPolarity`), and the words after it speak for themselves.
        if ["no", "nope", "nah"].contains(words.joined()), cue.lowerBound == sentence.lowerBound,
           cue.upperBound < sentence.upperBound, tokens[cue.upperBound].lower == "," {
            return false
        }
        // "I'd listen, not ask leading questions, and go to the safeguarding lead": a "not" set off
        // by commas denies its own phrase, not what follows the next comma.
        if words == ["not"], cue.lowerBound > sentence.lowerBound, tokens[cue.lowerBound - 1].lower == ",",
           cue.upperBound <= mention.lowerBound, (cue.upperBound..<mention.lowerBound).contains(where: { tokens[$0].lower == "," }) {
            return false
        }
        let isDeterminer = (words == ["no"] || words == ["a", "little"]) && cue.upperBound < sentence.upperBound
            && tokens[cue.upperBound].isWord
        if isDeterminer {
            return cue.upperBound <= mention.lowerBound && mention.lowerBound - cue.upperBound <= 2
        }
        if cue.upperBound <= mention.lowerBound { return true }
        // A cue right after the mention hedges it ("Kubernetes, not really"), unless a new subject
        // starts between them: "an outage with Kubernetes I couldn't fix".
        return cue.lowerBound >= mention.upperBound && cue.lowerBound - mention.upperBound <= 3
            && !(mention.upperBound..<cue.lowerBound).contains { subjects.contains(tokens[$0].lower) }
    }

    /// Verbs of taste: "I used Kafka but didn't enjoy it" still used it.
    static let tasteVerbs: Set<String> = ["like", "enjoy", "love", "mind", "miss", "prefer", "regret"]

    /// True when token `index` is a pronoun standing for something said before: "it", "them", and
    /// "one" or "any" when no noun follows ("never shipped any", "never run one in production").
    static func isBackReference(_ index: Int, in tokens: [TextToken], sentence: Range<Int>) -> Bool {
        switch tokens[index].lower {
        case "it", "them": return true
        case "one", "any":
            guard index + 1 < sentence.upperBound, tokens[index + 1].isWord else { return true }
            return pronounFollowers.contains(tokens[index + 1].lower)
        default: return false
        }
    }

    /// The speaker is who lacks it: "I've never run one", "(we) decided against it", but not "the
    /// replicas couldn't reach it". Only the speaker's pronoun, auxiliaries and conjunctions may
    /// stand between the clause's start and the cue.
    private static func speakerIsSubject(of cue: Range<Int>, sentence: Range<Int>, in tokens: [TextToken]) -> Bool {
        var index = cue.lowerBound - 1
        while index >= sentence.lowerBound, !subjectBoundaries.contains(tokens[index].lower) {
            if tokens[index].isWord, !speakerWords.contains(tokens[index].lower) { return false }
            index -= 1
        }
        return true
    }

    /// Where the words before a cue stop being its subject: "..., so I've never", "... and decided against".
    private static let subjectBoundaries: Set<String> = [
        ",", ";", ":", "-", "—", "and", "but", "so", "then", "yet", "though", "although", "however", "because",
    ]

    private static let speakerWords: Set<String> = [
        "i", "we", "ve", "d", "ll", "m", "have", "had", "just", "really", "ever", "actually", "honestly", "personally",
        "myself", "ourselves", "in", "the", "end", "still",
    ]

    private static let pronounFollowers: Set<String> = [
        "in", "at", "for", "on", "with", "myself", "yet", "before", "since", "there", "properly", "so", "either",
    ]

    /// "We evaluated Linkerd but never rolled it out", "we evaluated Istio and decided against it":
    /// a later cue whose object is a pronoun takes back what the mention's clause seemed to say.
    private static func negatesPronoun(after mention: Range<Int>, sentence: Range<Int>, in tokens: [TextToken],
                                       cues: [Range<Int>]) -> Bool {
        cues.contains { cue in
            guard cue.lowerBound >= mention.upperBound, cue.upperBound <= sentence.upperBound else { return false }
            guard speakerIsSubject(of: cue, sentence: sentence, in: tokens) else { return false }
            let after = cue.upperBound..<min(cue.upperBound + 3, sentence.upperBound)
            guard let pronoun = after.first(where: { isBackReference($0, in: tokens, sentence: sentence) }) else { return false }
            return !(cue.upperBound..<pronoun).contains { tasteVerbs.contains(tokens[$0].lower) || !tokens[$0].isWord }
        }
    }

    /// True when the cue at `cue` tells of someone else: the nearest subject pronoun before it in its
    /// sentence is "he", "she" or "they" ("the data they never used", "he didn't know what a breaker was").
    static func speaksOfOthers(_ cue: Range<Int>, in tokens: [TextToken]) -> Bool {
        var index = cue.lowerBound - 1
        while index >= 0, !tokens[index].isSentencePunctuation {
            let word = tokens[index].lower
            if ["he", "she", "they"].contains(word) { return true }
            if ["i", "we", "you"].contains(word) { return false }
            index -= 1
        }
        return false
    }

    /// Subjects that start a new clause after a comma, "and" or "so": "I haven't used X, we used Y".
    static let subjects: Set<String> = ["i", "we", "they", "he", "she", "you"]

    /// True when a new clause starts at token `index`.
    private static func startsClause(at index: Int, in tokens: [TextToken]) -> Bool {
        if clauseBreaks.contains(tokens[index].lower) { return true }
        // "I haven't used Terraform, we used ..." and "I haven't used Terraform and I run ...".
        return index > 0 && [",", "and", "so"].contains(tokens[index - 1].lower) && subjects.contains(tokens[index].lower)
    }

    /// The clause of `sentence` that holds `mention`.
    static func clause(around mention: Range<Int>, sentence: Range<Int>, in tokens: [TextToken]) -> Range<Int> {
        var lower = mention.lowerBound
        while lower > sentence.lowerBound, !startsClause(at: lower, in: tokens) { lower -= 1 }
        var upper = mention.upperBound
        while upper < sentence.upperBound, !startsClause(at: upper, in: tokens) { upper += 1 }
        return lower..<upper
    }

    static let negativeOpeners = PhraseList([
        "no", "nope", "nah", "not really", "not yet", "not much", "not a lot", "never", "i haven't", "i have not",
        "i've not", "unfortunately", "sadly", "only a little", "i don't", "i do not", "i didn't", "i did not",
        "not hands-on", "not hands on", "not professionally", "not in production", "honestly no", "honestly, no",
        "not personally", "i wish", "none",
    ])

    static let affirmativeOpeners = PhraseList([
        "yes", "yeah", "yep", "yup", "absolutely", "definitely", "sure", "correct", "certainly", "of course",
        "i have", "i do", "i did", "indeed", "right", "exactly", "oh yes", "oh yeah", "very much",
        // How often is a yes: "Can you work from drawings?" "Every day."
        "every day", "all the time", "daily", "constantly", "regularly",
        // Accepting what the question describes: "The role involves travel. How do you feel about that?"
        "that's fine", "that is fine", "that's ok", "that's okay", "fine by me", "no problem", "happy to",
    ])

    /// The answer's first clause (up to the first comma, stop or "but").
    static func firstClause(of sentence: Range<Int>, in tokens: [TextToken]) -> Range<Int> {
        var upper = sentence.lowerBound
        while upper < sentence.upperBound {
            let lower = tokens[upper].lower
            if lower == "," || lower == "." || lower == "!" || lower == "-" || lower == "—" || clauseBreaks.contains(lower) { break }
            upper += 1
        }
        return sentence.lowerBound..<upper
    }

    /// What a reply says about the skill the question named: true for "Yes, for years.", false for
    /// "No, not really." / "I haven't." / "Yes, but only a little.", nil when it says neither.
    static func answerPolarity(_ sentence: Range<Int>, in tokens: [TextToken]) -> Bool? {
        var clause = firstClause(of: sentence, in: tokens)
        // "Honestly, not really." answers in its second clause.
        while !clause.isEmpty, clause.allSatisfy({ !tokens[$0].isWord || discourseMarkers.contains(tokens[$0].lower) }),
              clause.upperBound < sentence.upperBound, tokens[clause.upperBound].lower == "," {
            clause = firstClause(of: clause.upperBound + 1..<sentence.upperBound, in: tokens)
        }
        guard !clause.isEmpty else { return nil }
        if affirmativeOpeners.starts(tokens, range: clause) {
            let opener = affirmativeOpeners.occurrences(in: tokens, range: clause)[0]
            // "I have not" starts with "I have" yet refuses; "Yes, but only a little" hedges to a no.
            return cuePositions(in: tokens, range: opener.lowerBound..<sentence.upperBound).isEmpty
        }
        if negativeOpeners.starts(tokens, range: clause) {
            // "Not only ..." opens a boast, not a refusal.
            return neutral.occurrences(in: tokens, range: clause).first?.lowerBound == clause.lowerBound ? nil : false
        }
        guard cuePositions(in: tokens, range: clause).isEmpty else { return false }
        if onlyWhileLearning(clause, in: tokens) { return false }
        // "About nine years." to "How long have you done X?" says yes, and how long.
        return YearsStatement.statesDuration(in: tokens, range: clause) && !clause.contains { tokens[$0].lower == "ago" } ? true : nil
    }

    /// "Only in a tutorial.", "Just at university.": exposure while learning, not experience.
    private static func onlyWhileLearning(_ clause: Range<Int>, in tokens: [TextToken]) -> Bool {
        guard let first = clause.first(where: { tokens[$0].isWord }), ["only", "just"].contains(tokens[first].lower) else { return false }
        return clause.contains { learningSettings.contains(tokens[$0].lower) }
    }

    private static let learningSettings: Set<String> = [
        "tutorial", "tutorials", "course", "courses", "class", "classes", "module", "university", "uni", "college",
        "school", "bootcamp", "coursework",
    ]

    /// Words that open an answer without answering: "Honestly, no."
    static let discourseMarkers: Set<String> = [
        "honestly", "frankly", "well", "so", "um", "uh", "hmm", "actually", "truthfully", "candidly", "oh", "ah",
        "to", "be", "honest", "fair",
    ]
}
