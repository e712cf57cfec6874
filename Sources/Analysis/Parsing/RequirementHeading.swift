/// What a JD heading announces: required items, preferred items, or something else.
enum RequirementHeading: Equatable {
    case must
    case nice
    /// A section known not to hold requirements (responsibilities, about us, benefits…).
    case other
    /// A heading with no known meaning; below a requirement heading it is a sub-heading.
    case unknown

    // Checked first, so that "Salary and bonus" is not a preferred-skills list and "You're going to:" is not "You are".
    private static let overriding = [
        "salary", "compensation", "benefits", "benefit", "perks", "what we offer", "we offer", "pay", "equity",
        "pay range", "total rewards", "going to", "responsible for", "be responsible", "youll be doing",
        "you will be doing", "working on", "company profile", "need you to",
    ]

    private static let nicePhrases = [
        "nice to have", "nice to haves", "nice have", "nice haves", "nice if", "preferred", "preferable", "bonus",
        "extra credit", "pluses", "plus", "a plus", "desirable", "good to have", "great to have", "desired",
        "its a plus", "would be great", "would be a plus", "would be nice", "optional", "not required",
        "ideally", "even better", "brownie points", "added advantage", "advantageous", "an advantage",
        "asset", "assets", "an asset", "might also have", "you may also have", "nice to know", "helpful",
        "extra points", "extras", "icing on the cake", "cherry on top",
    ]

    private static let mustPhrases = [
        "requirements", "requirement", "required", "qualifications", "qualification", "must have", "must haves",
        "musts", "must", "you have", "youll have", "you will have", "you should have", "what you bring",
        "what youll bring", "what you will bring", "you bring", "what were looking for", "what we are looking for",
        "who were looking for", "who we are looking for", "were looking for", "we are looking for", "looking for",
        "who you are", "skills and experience", "skills experience", "experience and skills", "essential",
        "essential criteria", "required skills", "about you", "what you need", "what youll need",
        "what you will need", "you need", "skills", "experience", "your experience", "your skills",
        "your profile", "candidate profile", "ideal candidate", "what it takes", "minimum", "basic",
        "competencies", "knowledge", "expertise", "prerequisites", "criteria", "you are", "youre",
        "do you have", "you might be a fit", "to succeed", "profile", "background", "your background",
        "mandatory", "education", "certifications", "licensure", "licenses", "credentials", "what youve got",
        "what you have", "key requirements", "technical requirements", "is this you", "sounds like you",
        "sound like you", "this might be you", "you might be", "what we need", "we need from you",
    ]

    private static let otherPhrases = [
        "responsibilities", "responsibility", "duties", "what youll do", "what you will do", "what you do",
        "you will", "youll", "in this role", "the role", "about the role", "role", "about us", "about the company",
        "about", "who we are", "our team", "the team", "team", "how to apply", "apply", "location", "overview",
        "summary", "description", "job description", "the job", "position", "day to day", "your impact", "impact",
        "mission", "culture", "values", "interview process", "hiring process", "process", "equal opportunity",
        "eeo", "diversity", "contact", "schedule", "hours", "tasks", "what youll be doing", "your role",
        "the opportunity", "opportunity", "job summary", "why join", "why us", "why you", "next steps", "note",
        "notes", "company", "stack", "tech stack", "our stack", "tools", "projects", "first", "days",
        "day in the life", "typical day", "why work", "work with us", "accountabilities", "objectives", "outcomes",
        "success looks like", "what well give you", "growth", "challenge", "challenges", "in it for you", "our offer",
    ]

    // Words that decorate a heading without changing it ("Key responsibilities", "Your qualifications").
    private static let fillers: Set<String> = ["key", "the", "your", "our", "job", "and", "main", "core", "a", "role"]

    /// True when `text` is nothing but a known heading phrase, so a bare plain-text line like "Qualifications"
    /// can be taken as a heading without the risk of swallowing an item such as "Experience with SQL".
    static func isWholePhrase(_ text: some StringProtocol) -> Bool {
        let words = PhraseText.words(text).filter { !fillers.contains($0) }
        guard !words.isEmpty, words.count <= 4 else { return false }
        let joined = words.joined(separator: " ")
        return wholePhrases.contains(joined)
    }

    /// True when `text` can label an item on its own line ("Must have", "Technical skills",
    /// "Preferred qualifications"): every word is a word of a heading phrase or a qualifier. Words
    /// that name the skill itself ("Project management skills") make it part of the item.
    static func isLabel(_ text: some StringProtocol) -> Bool {
        let words = PhraseText.words(text)
        return !words.isEmpty && words.allSatisfy { headingWords.contains($0) || labelQualifiers.contains($0) }
    }

    private static let headingWords: Set<String> = Set((nicePhrases + mustPhrases).flatMap { $0.split(separator: " ").map(String.init) })
        .union(fillers)

    private static let labelQualifiers: Set<String> = [
        "technical", "soft", "additional", "other", "professional", "personal", "general", "specific", "desired",
        "points", "job",
    ]

    private static let wholePhrases: Set<String> = {
        var phrases: Set<String> = []
        for phrase in overriding + nicePhrases + mustPhrases + otherPhrases {
            phrases.insert(phrase.split(separator: " ").filter { !fillers.contains(String($0)) }.joined(separator: " "))
        }
        return phrases
    }()

    private static let overridingSet = Set(overriding)
    private static let niceSet = Set(nicePhrases)
    private static let mustSet = Set(mustPhrases)
    private static let otherSet = Set(otherPhrases)

    // Words inside a required item that make it optional: "Kafka (nice to have)", "Go is a plus".
    private static let itemPreferencePhrases: Set<String> = [
        "nice to have", "nice to haves", "preferred", "preferably", "a plus", "bonus", "desirable", "desired",
        "ideally", "optional", "an advantage", "advantageous", "not required", "good to have", "great to have",
        "an asset", "would be great", "would be nice",
    ]

    private static let itemPreferenceFirstWords = Set(itemPreferencePhrases.compactMap { $0.split(separator: " ").first.map(String.init) })

    /// True when a requirement's own words say it is optional.
    static func itemIsPreferred(_ text: some StringProtocol) -> Bool {
        let words = PhraseText.words(text)
        // Phrases are built only from a word that can start one: most requirements have none.
        for start in words.indices where itemPreferenceFirstWords.contains(words[start]) {
            var phrase = ""
            for end in start..<min(words.count, start + 3) {
                phrase += phrase.isEmpty ? words[end] : " " + words[end]
                if itemPreferencePhrases.contains(phrase) { return true }
            }
        }
        return false
    }

    /// Classifies heading text by normalized phrase containment; preferred phrases win over required ones.
    static func classify(_ text: some StringProtocol) -> RequirementHeading {
        let words = PhraseText.words(text)
        if words.isEmpty { return .unknown }
        // Every run of up to five words, looked up in sets: headings are short, so this stays cheap.
        var phrases: [String] = []
        for start in words.indices {
            var phrase = ""
            for end in start..<min(words.count, start + 5) {
                phrase += phrase.isEmpty ? words[end] : " " + words[end]
                phrases.append(phrase)
            }
        }
        if phrases.contains(where: overridingSet.contains) { return .other }
        if phrases.contains(where: niceSet.contains) { return .nice }
        if phrases.contains(where: mustSet.contains) { return .must }
        if phrases.contains(where: otherSet.contains) { return .other }
        return .unknown
    }
}
