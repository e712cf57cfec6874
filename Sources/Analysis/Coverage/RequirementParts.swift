/// The parts a requirement's text asks for together, each with its alternatives: "Fluent English
/// and Czech" has two parts, "Norwegian or Danish" one part with two alternatives.
///
/// Lists split as English writes them: "and", "&", ";", "plus" and "as well as" join parts; "or"
/// and a slash between words join alternatives, and commas follow the list's last joiner ("A, B
/// or C" offers three alternatives, "A, B and C" asks for three parts). A skill's own words are
/// never split ("data structures and algorithms", "TCP/IP"). What follows a colon, "such as" or
/// "e.g.", and what stands in brackets, gives examples of what comes before: no parts of its own,
/// unless the words before name no skill and the examples do ("Networking fundamentals: TCP/IP,
/// DNS", "Real-time operating systems such as FreeRTOS or Zephyr"). A list after a preposition
/// that names no skill describes the part before it ("Stakeholder management with product,
/// design and finance partners"). A modifier shared with the next part ("written" in "written
/// and verbal communication"), and a word of proficiency ("fluent"), is no part of its own.
struct RequirementParts {
    /// One thing the requirement needs, shown by any of its alternatives.
    struct Part {
        /// Token ranges of the alternatives.
        var alternatives: [Range<Int>]
        /// From the first alternative's first token to the last one's last.
        var span: Range<Int> { alternatives[0].lowerBound..<alternatives[alternatives.count - 1].upperBound }
    }

    let tokens: [TextToken]
    let parts: [Part]

    /// The parts of a requirement's `tokens`, given where its skills are written (`skills`, token ranges).
    init(tokens: [TextToken], skills: [Range<Int>]) {
        self.tokens = tokens
        let protected = Set(skills.flatMap { $0 })
        let scope = Self.scope(of: tokens, skills: skills)
        // Alternatives of the current part, the part's words so far, and whether commas join alternatives.
        var parts: [Part] = []
        var alternatives: [Range<Int>] = []
        var current: [Int] = []
        var depth = 0
        func closeAlternative() {
            if let first = current.first, let last = current.last { alternatives.append(first..<(last + 1)) }
            current = []
        }
        func closePart() {
            closeAlternative()
            if !alternatives.isEmpty { parts.append(Part(alternatives: alternatives)) }
            alternatives = []
        }
        let commasOffer = Self.commasOfferAlternatives(tokens, in: scope, protected: protected)
        var index = scope.lowerBound
        var hasContent = false
        while index < scope.upperBound {
            let token = tokens[index]
            defer { index += 1 }
            // Bracketed words belong to the alternative before them: they name it or give its examples.
            if protected.contains(index) || depth > 0 {
                current.append(index)
                hasContent = hasContent || protected.contains(index)
                if !protected.contains(index) { depth += Self.bracketDepthChange(token) }
                continue
            }
            if token.isWord, ContentWords.stem(token.lower) != nil { hasContent = true }
            if hasContent, Self.prepositions.contains(token.lower), !skills.contains(where: { $0.lowerBound > index }) {
                current += Array(index..<scope.upperBound)
                break
            }
            if Self.bracketDepthChange(token) > 0 {
                depth = 1
                current.append(index)
            } else if ["and", "&", ";", "plus"].contains(token.lower) || (token.lower == "," && !commasOffer) {
                closePart()
            } else if token.lower == "as", index + 2 < scope.upperBound, tokens[index + 1].lower == "well",
                      tokens[index + 2].lower == "as" {
                closePart()
                index += 2
            } else if token.lower == "or" || token.lower == "/" || (token.lower == "," && commasOffer) {
                closeAlternative()
            } else if token.isWord || token.lower == "-" {
                current.append(index)
            }
        }
        closePart()
        self.parts = Self.withoutSharedModifiers(parts, tokens: tokens)
    }

    /// The text of `range`, from its first token to its last, as written.
    func text(of range: Range<Int>) -> String {
        String(tokens[range.lowerBound].text.base[tokens[range.lowerBound].text.startIndex..<tokens[range.upperBound - 1].text.endIndex])
    }

    /// The content-word stems of `range`, each once, words of proficiency left out.
    func stems(of range: Range<Int>) -> [String] {
        var seen = Set<String>()
        return range.compactMap { tokens[$0].isWord ? ContentWords.stem(tokens[$0].lower) : nil }
            .filter { !Self.proficiency.contains($0) && seen.insert($0).inserted }
    }

    /// How well rather than what: "Fluent Swedish" is shown by "in Swedish and Norwegian".
    private static let proficiency = Set(["fluent", "fluency", "fluently", "native", "conversational", "advanced",
                                          "intermediate", "basic", "business"].compactMap(ContentWords.stem))

    private static let prepositions: Set<String> = ["with", "for", "to", "across", "on", "at", "from", "between", "among", "within"]

    /// Tokens that hold the requirement's parts: before a colon or "such as"/"e.g."/"including"
    /// (or after it, when only the examples name skills).
    private static func scope(of tokens: [TextToken], skills: [Range<Int>]) -> Range<Int> {
        var marker: Range<Int>?
        for index in tokens.indices where marker == nil {
            let word = tokens[index].lower
            let next = index + 1 < tokens.count ? tokens[index + 1].lower : ""
            if word == ":" || word == "eg" || word == "including" {
                marker = index..<(index + 1)
            } else if word == "such" && next == "as" {
                marker = index..<(index + 2)
            } else if word == "e" && next == "." && index + 2 < tokens.count && tokens[index + 2].lower == "g" {
                marker = index..<min(tokens.count, index + 4)
            }
        }
        guard let marker else { return tokens.indices }
        if !skills.contains(where: { $0.lowerBound < marker.lowerBound }), skills.contains(where: { $0.lowerBound >= marker.upperBound }) {
            return marker.upperBound..<tokens.count
        }
        return 0..<marker.lowerBound
    }

    /// +1 for an opening bracket, -1 for a closing one, 0 otherwise.
    private static func bracketDepthChange(_ token: TextToken) -> Int {
        switch token.lower {
        case "(", "[": 1
        case ")", "]": -1
        default: 0
        }
    }

    /// True when the list's joiner is "or": its commas separate alternatives.
    private static func commasOfferAlternatives(_ tokens: [TextToken], in scope: Range<Int>, protected: Set<Int>) -> Bool {
        var depth = 0
        var last: String?
        for index in scope where !protected.contains(index) {
            depth = max(0, depth + bracketDepthChange(tokens[index]))
            if depth == 0, ["and", "&", ";", "or"].contains(tokens[index].lower) { last = tokens[index].lower }
        }
        return last == "or"
    }

    /// Drops a part of one content word followed by a longer one: "written and verbal communication".
    private static func withoutSharedModifiers(_ parts: [Part], tokens: [TextToken]) -> [Part] {
        func contentWords(_ range: Range<Int>) -> Int {
            range.filter { tokens[$0].isWord && ContentWords.stem(tokens[$0].lower) != nil }.count
        }
        return parts.enumerated().filter { offset, part in
            guard offset + 1 < parts.count, part.alternatives.count == 1 else { return true }
            return !(contentWords(part.alternatives[0]) == 1 && contentWords(parts[offset + 1].alternatives[0]) > 1)
        }.map(\.element)
    }
}
