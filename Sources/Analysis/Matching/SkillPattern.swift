/// One way of writing a skill (its name or an alias), compiled to tokens for matching.
struct SkillPattern: Sendable {
    struct Element: Sendable {
        var lower: String
        var original: String
        var isWord: Bool
        /// Whitespace or a hyphen may separate this element from the previous one (pattern words
        /// written with a space or a hyphen); otherwise the two must touch ("C++", "Node.js").
        var looseJoin: Bool
    }

    /// Index of the skill in the taxonomy.
    var skillIndex: Int
    var elements: [Element]
    /// Compare letters with their case (short ambiguous names such as "Go", "R", "C").
    var caseSensitive: Bool
    /// A context word or a skill-like neighbour must be nearby ("R" in "statistics in R").
    var needsContext: Bool
    /// A single-letter name: also rejected after "Plan", "grade" or as a name's initial.
    var isSingleLetter: Bool
    /// An everyday plural written in lowercase ("postmortems", "dashboards"): its singular is the
    /// same practice, unlike a product name that happens to end in "s" ("Jenkins").
    var isOrdinaryPlural: Bool
    /// Other forms of a leading verb that match in its place ("negotiated" for "negotiate").
    var firstWordForms: Set<String>

    /// Compiles `spelling`; nil when it has no letters or digits at all.
    init?(spelling: String, skillIndex: Int, skill: SkillDefinition) {
        let tokens = Tokenizer.tokens(in: spelling[...])
        var elements: [Element] = []
        var pendingLoose = false
        for (position, token) in tokens.enumerated() {
            let isInnerHyphen = !token.isWord && token.lower == "-" && position > 0 && position + 1 < tokens.count
                && tokens[position - 1].isWord && tokens[position + 1].isWord
            if isInnerHyphen {
                pendingLoose = true
                continue
            }
            elements.append(Element(lower: token.lower, original: String(token.text), isWord: token.isWord,
                                    looseJoin: !elements.isEmpty && (pendingLoose || token.spaceBefore)))
            pendingLoose = false
        }
        guard elements.contains(where: \.isWord) else { return nil }
        self.skillIndex = skillIndex
        self.elements = elements
        let isName = spelling == skill.name
        let letterCount = elements.reduce(0) { $0 + ($1.isWord ? $1.lower.count : 0) }
        // The name itself in lowercase ("excel" for Excel) is also an ordinary word: matched only in
        // that case and with context ("in excel", "excel and SQL"), unlike "excel at".
        let isLowercaseName = skill.caseSensitive && !isName && skill.name.allSatisfy(\.isLetter)
            && spelling == skill.name.lowercased()
        // An all-lowercase alias of a case-sensitive skill ("golang") is unambiguous in any case.
        // A listed short form ("ML", "CEO") is a unit or a word in lowercase; only its capitals count.
        self.caseSensitive = skill.caseSensitiveAliases.contains(spelling)
            || skill.caseSensitive && (isName || spelling != spelling.lowercased() || isLowercaseName)
        self.isSingleLetter = elements.count == 1 && letterCount == 1
        self.isOrdinaryPlural = elements.count == 1 && spelling == spelling.lowercased() && skill.name == skill.name.lowercased()
            && spelling.utf8.count >= 5 && spelling.hasSuffix("s") && !["ss", "us", "is"].contains { spelling.hasSuffix($0) }
        self.needsContext = (!skill.contextWords.isEmpty && (isName || letterCount <= 2))
            || (caseSensitive && isSingleLetter) || isLowercaseName
        self.firstWordForms = !caseSensitive && spelling == spelling.lowercased() && elements[0].isWord
            ? Set(WordForms.forms(of: elements[0].lower)) : []
    }

    /// The lowercased first element: the key of the matcher's lookup table.
    var key: String { elements[0].lower }

    /// True when a plural or possessive-free form of the last word may match ("APIs" for "API").
    var allowsPlural: Bool {
        guard !caseSensitive, let last = elements.last, last.isWord else { return false }
        return last.lower.count >= 3 && !last.lower.hasSuffix("s")
    }

    /// True when `token` is another number of the last element: a plural ("APIs" for "API", and
    /// "IVs" for a two-letter acronym written as one), or the singular of a plural phrase ("the
    /// product demo" for "product demos") or of an everyday plural ("a postmortem"); a capitalised
    /// name keeps its "s" ("Jenkins", "Windows").
    func acceptsInflection(_ token: TextToken) -> Bool {
        guard !caseSensitive, let last = elements.last, last.isWord else { return false }
        if allowsPlural, token.lower == last.lower + "s" || token.lower == last.lower + "es" { return true }
        if last.lower.utf8.count == 2, last.original == last.original.uppercased(), token.text == last.original + "s" { return true }
        if isOrdinaryPlural { return token.lower + "s" == last.lower }
        return elements.count > 1 && last.lower.utf8.count >= 4 && last.lower.hasSuffix("s")
            && !["ss", "us", "is"].contains { last.lower.hasSuffix($0) } && token.lower + "s" == last.lower
    }
}
