/// What assessing a requirement reads from its own words: worked out once per version of its JD, from one
/// tokenizing and matching of its text, rather than on every analysis and once per rule (a JD of 100k bullets
/// did each five times).
struct RequirementReading: Sendable {
    /// Taxonomy indices of the requirement's skills, in its order.
    let skills: [Int]
    /// Distinct stems of its words.
    let stems: [String]
    /// It asks for a credential in a field (`CredentialRule`).
    let credential: Bool
    /// Its skills grouped into alternatives (`StatusRule.alternativeGroups`).
    let groups: [[Int]]
    /// The heads of its topic (`RequirementAssessor.headsBeforePreposition`).
    let heads: [String]

    /// The reading of `requirement`, whose text is `tokens`, with the skill `matches` among them.
    init(_ requirement: Requirement, tokens: [TextToken], matches: [TokenMatch], matcher: SkillMatcher) {
        let tokenStems = tokens.map { $0.isWord ? ContentWords.stem($0.lower) : nil }
        var seen: Set<String> = []
        skills = requirement.skills.compactMap { matcher.skillIndex(named: $0) }
        stems = tokenStems.compactMap { $0 }.filter { seen.insert($0).inserted }
        credential = CredentialRule.appliesTo(tokens)
        groups = StatusRule.alternativeGroups(of: tokens, matches: matches, skills: skills, matcher: matcher)
        heads = RequirementAssessor.headsBeforePreposition(of: tokens, stems: tokenStems)
    }

    /// The reading of `requirement`, tokenized and matched here.
    init(_ requirement: Requirement, matcher: SkillMatcher) {
        let tokens = Tokenizer.tokens(in: requirement.text[...])
        self.init(requirement, tokens: tokens, matches: matcher.matches(in: tokens, bounds: tokens.indices), matcher: matcher)
    }
}
