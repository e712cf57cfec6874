/// Ordinary-word matching for requirements that name no skill: stopwords out, light stemming.
enum ContentWords {
    /// The stem of a lowercased word, or nil for a stopword, a number or a one-letter token.
    static func stem(_ word: String) -> String? {
        // "I led the team" speaks of leading, "I wrote the postmortem" of writing.
        if let base = irregularForms[word] { return stem(base) }
        // Byte lengths: the suffixes are ASCII, and counting Characters is slow on this hot path.
        let length = word.utf8.count
        guard length >= 2, !stopwords.contains(word), word.utf8.contains(where: { $0 < 0x30 || $0 > 0x39 }) else { return nil }
        var stem = word
        var stemLength = length
        var removed = ""
        // "qualification" and "qualified", "certification" and "certified" all end as "...ifi".
        // (A suffix test: the module does not import Foundation, whose `range(of:options:)` this was.)
        if length > 10, let ending = ["ification", "ifications"].first(where: { stem.hasSuffix($0) }) {
            return String(stem.dropLast(ending.count)) + "ifi"
        }
        for suffix in suffixes where stemLength - suffix.utf8.count >= 3 && stem.hasSuffix(suffix) {
            if suffix == "s" && (stem.hasSuffix("ss") || stem.hasSuffix("us") || stem.hasSuffix("is")) { continue }
            stem.removeLast(suffix.count)
            stemLength -= suffix.utf8.count
            removed = suffix
            break
        }
        // "running" and "run", "planned" and "plan": a consonant doubled before the ending goes.
        if ["ing", "ings", "ed"].contains(removed), stemLength >= 4, let last = stem.utf8.last,
           stem.utf8.dropLast().last == last, !"aeiouylsfz".utf8.contains(last) {
            stem.removeLast()
            stemLength -= 1
        }
        // "disciplinaries" and "disciplinary", "studies", "studying" and "study" all end as "...i".
        if removed == "ies" {
            stem += "i"
            stemLength += 1
        } else if removed != "ly", stemLength >= 4, stem.hasSuffix("y"),
                  let before = stem.utf8.dropLast().last, !"aeiouy".utf8.contains(before) {
            stem.removeLast()
            stem += "i"
        }
        // "engineer", "engineers" and "engineering" all end as "engine"; "manager" joins "managed".
        if stemLength >= 6, stem.hasSuffix("er") {
            stem.removeLast(2)
            stemLength -= 2
        }
        // "manage" and "managed" share "manag"; "rotate" and "rotation" share "rotat".
        if stemLength >= 5, stem.hasSuffix("e") { stem.removeLast() }
        return stopwords.contains(stem) ? nil : synonyms[stem] ?? stem
    }

    /// The stem of word `index` of `tokens` read in its place: as `stem(_:)`, except that "own" as a verb,
    /// after its subject or opening the sentence ("I own that budget", "Own the weekly review"), is
    /// managing; "my own" stays filler.
    static func stem(at index: Int, in tokens: [TextToken], sentenceStart: Int) -> String? {
        let word = tokens[index].lower
        guard word == "own" else { return stem(word) }
        let previous = index > sentenceStart && tokens[index - 1].isWord ? tokens[index - 1].lower : nil
        let isVerb = previous.map(wordsBeforeOwnAsVerb.contains) ?? true
        return isVerb ? stem("manage") : nil
    }

    /// Words after which "own" is a verb: its subject, or an auxiliary ("I'll own", "to own").
    private static let wordsBeforeOwnAsVerb: Set<String> = ["i", "we", "you", "they", "ll", "d", "will", "would", "to", "also", "now"]

    /// Stems that requirements and candidates use for the same thing: candidates "share results
    /// with people who aren't analysts" where the JD says "present findings to audiences".
    static let synonyms: [String: String] = [
        "shar": "present", "communicat": "present", "explain": "present",
        "result": "find", "insight": "find",
        "audienc": "stakehold",
        // "Supervised six enumerators" is managing a team; a diploma is a qualification.
        "supervis": "manag", "diploma": "qualifi",
    ]

    /// Distinct stems of `text`'s words, in order of first appearance.
    static func stems(of text: String) -> [String] {
        var seen: Set<String> = []
        return Tokenizer.tokens(in: text[...]).compactMap { $0.isWord ? stem($0.lower) : nil }.filter { seen.insert($0).inserted }
    }

    /// How many of `required` stems a sentence must contain to count as evidence: all of one or
    /// two, else half (rounded up). Candidates paraphrase ("present the findings to stakeholders"
    /// for "communicating findings to non-technical stakeholders"), so 60% proved too strict.
    static func threshold(for required: Int) -> Int {
        guard required > 2 else { return required }
        return (required + 1) / 2
    }

    /// Past forms of verbs that requirements use in their "-ing" form.
    static let irregularForms: [String: String] = [
        "led": "lead", "ran": "run", "wrote": "write", "written": "write", "built": "build", "taught": "teach",
        "spoke": "speak", "spoken": "speak", "sold": "sell", "bought": "buy", "brought": "bring", "grew": "grow",
        "grown": "grow", "drove": "drive", "driven": "drive", "chose": "choose", "chosen": "choose", "fought": "fight",
        "thought": "think", "began": "begin", "begun": "begin", "oversaw": "oversee", "overseen": "oversee",
        "undertook": "undertake", "undertaken": "undertake", "kept": "keep", "met": "meet", "won": "win",
        "held": "hold", "found": "find", "gave": "give", "given": "give", "sent": "send", "spent": "spend",
    ]

    /// Longest first, so "communications" loses "ations" rather than "s".
    private static let suffixes = [
        "izations", "ization", "ations", "ation", "ating", "ments", "ment", "ities", "ity", "ings", "ing", "ions",
        "ion", "ated", "ates", "ate", "ies", "ed", "es", "ly", "s",
    ]

    static let stopwords: Set<String> = [
        "a", "about", "above", "across", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are",
        "as", "at", "be", "been", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "done",
        "each", "either", "etc", "for", "from", "had", "has", "have", "having", "he", "her", "here", "him", "his",
        "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "like", "may", "me", "might", "more",
        "most", "must", "my", "no", "non", "nor", "not", "of", "off", "on", "one", "only", "or", "other", "our",
        "ours", "out", "over", "own", "per", "same", "she", "should", "so", "some", "such", "than", "that", "the",
        "their", "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "up",
        "upon", "us", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why",
        "will", "with", "within", "without", "would", "you", "your", "yours", "ll", "ve", "re", "d", "s", "t", "m",
        "eg", "e", "g", "ie", "via", "well", "plus", "including", "include", "includes", "across", "around",
        // Job-description filler: words every requirement uses that say nothing about the skill.
        "experience", "experienced", "experiences", "strong", "ability", "able", "proven", "knowledge",
        "knowledgeable", "familiarity", "familiar", "excellent", "solid", "year", "years", "yrs", "work", "working",
        "worked", "skill", "skills", "skilled", "comfortable", "good", "great", "demonstrated", "demonstrable",
        "track", "record", "understanding", "understand", "expertise", "expert", "proficiency", "proficient",
        "preferred", "required", "plus", "bonus", "nice", "ideally", "ideal", "candidate", "role", "team", "teams",
        "must", "need", "needs", "hands", "least", "minimum", "relevant", "related", "similar", "equivalent",
        "degree", "field", "using", "use", "used", "effective", "effectively", "highly", "deep", "broad",
        "background", "exposure", "practical", "professional", "level", "high", "environment", "environments",
        "etc", "someone", "who", "whether", "ensure", "within", "new", "based", "various", "multiple", "month",
        "months", "week", "weeks", "plus", "really", "lot", "lots", "kind", "sort", "thing", "things", "yeah", "yes", "okay", "ok",
        "um", "uh", "so", "get", "got", "make", "made", "take", "took", "want", "think", "know", "mean", "go",
        "goes", "going", "went", "gone",
    ]
}
