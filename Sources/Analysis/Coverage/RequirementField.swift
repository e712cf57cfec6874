/// The field a years requirement asks experience in: "analytics" and "data science" in "3+ years
/// in an analytics or data science role". A CV role whose title names the field counts towards
/// it, in the title's own form ("Data Analyst", "Senior Data Scientist").
///
/// The field is the phrase after the years, up to a preposition that starts a modifier ("at a
/// software company", "working with Kafka"); commas, slashes, brackets and "or" split it into
/// alternatives, and each alternative is named by its last content word that is not a generic
/// one ("role", "team").
struct RequirementField {
    /// Stems of the alternatives' heads ("analytic", "scienc").
    let heads: [String]
    /// Tokens of the requirement's text that the field phrase spans.
    let tokens: Range<Int>

    /// The field of a years requirement, nil when its text names none ("5+ years of experience").
    init?(requirementText text: String) {
        let tokens = Tokenizer.tokens(in: text[...])
        guard let unit = tokens.firstIndex(where: { $0.isWord && Self.yearWords.contains($0.lower) }) else { return nil }
        var heads: [String] = []
        var segmentHead: String?
        var segmentHasContent = false
        var end = tokens.count
        func closeSegment() {
            if let segmentHead, !heads.contains(segmentHead) { heads.append(segmentHead) }
            segmentHead = nil
            segmentHasContent = false
        }
        for index in (unit + 1)..<tokens.count {
            let token = tokens[index]
            if !token.isWord {
                if Self.separators.contains(token.lower) { closeSegment() }
                continue
            }
            if token.lower == "or" {
                closeSegment()
            } else if let stem = ContentWords.stem(token.lower) {
                segmentHasContent = true
                if !Self.genericWords.contains(stem) { segmentHead = stem }
            } else if segmentHasContent, Self.modifierPrepositions.contains(token.lower) {
                end = index
                break
            }
        }
        closeSegment()
        guard !heads.isEmpty else { return nil }
        self.heads = heads
        self.tokens = (unit + 1)..<end
    }

    /// True when `text` (a role's title) names the field: one of its words is a head in some form.
    func isNamed(in text: String) -> Bool {
        Tokenizer.tokens(in: text[...]).contains { $0.isWord && namesHead($0.lower) }
    }

    /// True when the lowercased word `word` is one of the heads in some form ("analyst" for
    /// "analytics", "scientist" for "science", "administrator" for "administration").
    func namesHead(_ word: String) -> Bool {
        guard let stem = ContentWords.stem(word) else { return false }
        return heads.contains { Self.sameField(stem, $0) }
    }

    /// Equal stems, or stems that share five letters and differ by at most three after them.
    private static func sameField(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        let common = zip(lhs.utf8, rhs.utf8).prefix { $0 == $1 }.count
        return common >= 5 && min(lhs.utf8.count, rhs.utf8.count) - common <= 3
    }

    private static let yearWords: Set<String> = ["year", "years", "yr", "yrs", "yoe", "month", "months"]
    private static let separators: Set<String> = [",", ";", "/", "(", ")", "&"]
    /// Stems that say where the experience was gained rather than what it was in.
    private static let genericWords = Set([
        "role", "roles", "position", "function", "capacity", "setting", "company", "companies", "industry",
        "sector", "organisation", "organization", "department", "job", "post",
    ].compactMap(ContentWords.stem))
    private static let modifierPrepositions: Set<String> = [
        "with", "at", "for", "on", "in", "from", "through", "under", "across", "including", "into", "via", "using",
        "working", "within",
    ]
}
