/// What a JD heading announces: required items, preferred items, or something else.
enum RequirementHeading: Equatable {
    case must
    case nice
    /// A section known not to hold requirements (responsibilities, about us, benefits…).
    case other
    /// A heading with no known meaning; below a requirement heading it is a sub-heading.
    case unknown

    // Checked first, so that "Salary and bonus" is not a preferred-skills list.
    private static let compensation = [
        "salary", "compensation", "benefits", "benefit", "perks", "what we offer", "we offer", "pay", "equity",
        "pay range", "total rewards",
    ]

    private static let nicePhrases = [
        "nice to have", "nice to haves", "nice have", "nice haves", "nice if", "preferred", "preferable", "bonus",
        "extra credit", "pluses", "plus", "a plus", "desirable", "good to have", "great to have", "desired",
        "its a plus", "would be great", "would be a plus", "would be nice", "optional", "not required",
        "ideally", "even better", "brownie points", "added advantage", "advantageous", "an advantage",
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
        "do you have", "you might be a fit", "to succeed",
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

    private static let wholePhrases: Set<String> = {
        var phrases: Set<String> = []
        for phrase in compensation + nicePhrases + mustPhrases + otherPhrases {
            phrases.insert(phrase.split(separator: " ").filter { !fillers.contains(String($0)) }.joined(separator: " "))
        }
        return phrases
    }()

    /// Classifies heading text by normalized phrase containment; preferred phrases win over required ones.
    static func classify(_ text: some StringProtocol) -> RequirementHeading {
        let padded = PhraseText.padded(text)
        if padded == "  " { return .unknown }
        func containsAny(_ phrases: [String]) -> Bool {
            phrases.contains { padded.contains(" " + $0 + " ") }
        }
        if containsAny(compensation) { return .other }
        if containsAny(nicePhrases) { return .nice }
        if containsAny(mustPhrases) { return .must }
        if containsAny(otherPhrases) { return .other }
        return .unknown
    }
}
