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
        "limited exposure", "only read about", "only heard", "only dabbled", "dabbled", "i wish i had",
        "wish i had", "i'd have to learn", "i would have to learn", "would need to learn", "i'd need to learn",
        "have to learn", "need to learn", "would have to pick up", "unfamiliar", "lack", "lacks", "lacking",
        "nope", "nah", "no", "don't", "dont", "doesn't", "doesnt", "didnt", "wasn't", "wasnt", "weren't",
        "isn't", "isnt", "aren't", "won't", "wouldn't", "wouldnt", "want to learn", "like to learn", "love to learn",
        "hope to learn", "hoping to learn", "eager to learn", "keen to learn", "plan to learn", "planning to learn",
        "want to pick up", "like to pick up", "love to pick up",
    ])

    static let neutral = PhraseList([
        "not only", "not just", "not a problem", "not an issue", "not to mention", "if not", "whether or not",
        "never stopped", "never looked back", "never missed", "never failed", "never had an outage",
        "never had a problem", "never had an issue", "never had a single", "never lost", "never went down",
        "never once", "never regretted", "never left", "never quit", "no problem", "no problems", "not bad",
        "not that hard", "not hard", "not afraid", "no doubt", "no matter", "no issue", "no issues", "no question",
        "don't just", "didn't just", "doesn't just", "don't mind", "wouldn't trade", "won't lie", "no longer a problem",
        "don't hesitate", "wasn't a problem", "wasn't an issue", "isn't a problem", "isn't an issue",
        // Modesty, not lack: "I'm not an expert in Kubernetes but I run it in production".
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
    static func isNegated(_ mention: Range<Int>, sentence: Range<Int>, in tokens: [TextToken], cues: [Range<Int>]) -> Bool {
        guard cues.contains(where: { sentence.lowerBound <= $0.lowerBound && $0.upperBound <= sentence.upperBound })
        else { return false }
        let clause = self.clause(around: mention, sentence: sentence, in: tokens)
        return cues.contains { cue in
            clause.lowerBound <= cue.lowerBound && cue.upperBound <= clause.upperBound
                && (cue.upperBound <= mention.lowerBound
                    || (cue.lowerBound >= mention.upperBound && cue.lowerBound - mention.upperBound <= 3))
        }
    }

    /// Subjects that start a new clause after a comma: "I haven't used X, we used Y".
    static let subjects: Set<String> = ["i", "we", "they", "he", "she", "you"]

    /// True when a new clause starts at token `index`.
    private static func startsClause(at index: Int, in tokens: [TextToken]) -> Bool {
        if clauseBreaks.contains(tokens[index].lower) { return true }
        return index > 0 && tokens[index - 1].lower == "," && subjects.contains(tokens[index].lower)
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
        "not personally", "i wish",
    ])

    static let affirmativeOpeners = PhraseList([
        "yes", "yeah", "yep", "yup", "absolutely", "definitely", "sure", "correct", "certainly", "of course",
        "i have", "i do", "i did", "indeed", "right", "exactly", "oh yes", "oh yeah", "very much",
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
        let clause = firstClause(of: sentence, in: tokens)
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
        return cuePositions(in: tokens, range: clause).isEmpty ? nil : false
    }
}
