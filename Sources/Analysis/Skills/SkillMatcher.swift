/// A taxonomy skill found in a text.
public struct SkillMatch: Sendable, Hashable {
    /// Canonical skill name ("Kubernetes" for "k8s").
    public var skill: String
    /// Where the skill is written, in the indices of the text searched.
    public var range: Range<String.Index>

    /// A match of `skill` at `range`.
    public init(skill: String, range: Range<String.Index>) {
        self.skill = skill
        self.range = range
    }
}

/// A match expressed in tokens, the form the coverage engine works with.
struct TokenMatch: Sendable, Hashable {
    var skillIndex: Int
    var tokens: Range<Int>
}

/// Finds taxonomy skills in text, respecting word boundaries, symbols, aliases and the known traps.
///
/// Rules, in order: the longest spelling starting at a token wins (so "C++" beats "C"); a match
/// must not run into a joining symbol ("C#", "C-level", "R&D", "Node.js" for "Node"); case-
/// sensitive spellings ("Go", "R", "C") compare letter case; ambiguous spellings need context:
/// one of the skill's context words in the same sentence (within a dozen tokens), a skill-ish
/// neighbour word ("in R", "Go developer"), or sitting in a list next to another skill ("Python or R").
public struct SkillMatcher: Sendable {
    /// Canonical names, by taxonomy index.
    let names: [String]
    let patterns: [SkillPattern]
    /// Lowercased first element -> pattern indices, longest pattern first.
    let index: [String: [Int]]
    /// Per skill, its context words split into lowercased words.
    let contextWords: [[[String]]]
    /// Lowercased canonical name -> taxonomy index.
    let indexByName: [String: Int]
    /// Per skill: for names that are inflected ordinary words ("Stakeholder management",
    /// "Budgeting"), their stems, so "managed stakeholders" evidences them too; empty otherwise.
    let nameStems: [[String]]
    /// Per skill: the taxonomy indices of its members, from the `broader` relations, transitively.
    let narrower: [[Int]]

    /// Compiles every name and alias of `taxonomy`.
    public init(taxonomy: SkillTaxonomy) {
        let skills = taxonomy.skills
        // Each skill compiled on its own, on every core: this is most of a server's start-up with ~1,000 skills.
        let compiled = ParallelMap.map(skills.count, minimumChunk: 64) { skillIndex in
            let skill = skills[skillIndex]
            let context = skill.contextWords.map { word in
                Tokenizer.tokens(in: word[...]).filter(\.isWord).map(\.lower)
            }.filter { !$0.isEmpty }
            var seen: Set<String> = []
            var skillPatterns: [SkillPattern] = []
            for spelling in [skill.name] + skill.aliases + skill.caseSensitiveAliases where seen.insert(spelling).inserted {
                if let pattern = SkillPattern(spelling: spelling, skillIndex: skillIndex, skill: skill) {
                    skillPatterns.append(pattern)
                }
            }
            return (context: context, patterns: skillPatterns, stems: Self.nameStems(of: skill))
        }
        let names = skills.map(\.name)
        let patterns = compiled.flatMap(\.patterns)
        let contextWords = compiled.map(\.context)
        var index: [String: [Int]] = [:]
        for (patternIndex, pattern) in patterns.enumerated() {
            for key in [pattern.key] + pattern.firstWordForms.sorted() {
                index[key, default: []].append(patternIndex)
            }
        }
        for key in index.keys {
            index[key]?.sort { lhs, rhs in
                patterns[lhs].elements.count != patterns[rhs].elements.count
                    ? patterns[lhs].elements.count > patterns[rhs].elements.count : lhs < rhs
            }
        }
        self.names = names
        self.patterns = patterns
        self.index = index
        self.contextWords = contextWords
        self.nameStems = compiled.map(\.stems)
        let indexByName = Dictionary(names.enumerated().map { ($1.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        self.indexByName = indexByName
        self.narrower = Self.narrower(of: taxonomy.skills, indexByName: indexByName)
    }

    /// Inverts the `broader` relations and closes them, so a member of a member counts too
    /// (Amazon EKS → Kubernetes → container orchestration). Unknown names and cycles are ignored.
    private static func narrower(of skills: [SkillDefinition], indexByName: [String: Int]) -> [[Int]] {
        var direct = [[Int]](repeating: [], count: skills.count)
        for (index, skill) in skills.enumerated() {
            for name in skill.broader {
                if let parent = indexByName[name.lowercased()], parent != index { direct[parent].append(index) }
            }
        }
        guard direct.contains(where: { !$0.isEmpty }) else { return direct }
        return direct.indices.map { root in
            var seen: Set<Int> = [root]
            var pending = direct[root]
            while let next = pending.popLast() {
                if seen.insert(next).inserted { pending += direct[next] }
            }
            return seen.subtracting([root]).sorted()
        }
    }

    private static func nameStems(of skill: SkillDefinition) -> [String] {
        guard !skill.caseSensitive, skill.contextWords.isEmpty,
              skill.name.allSatisfy({ $0.isLetter || $0 == " " }) else { return [] }
        let words = skill.name.lowercased().split(separator: " ").map(String.init)
        let stems = words.compactMap(ContentWords.stem)
        guard stems.count == words.count else { return [] }
        // Only derived words, and a lone word only when its stem cannot be an everyday word:
        // "Marketing" would match "the market" and "Presentation" a CV's "2019 – present".
        let derivational = words.count == 1 ? ["ication", "iation"] : ["ing", "ion", "ions", "ment", "ance", "ence", "ity"]
        guard words.contains(where: { word in word.count >= 6 && derivational.contains { word.hasSuffix($0) } }) else { return [] }
        return stems
    }

    /// True when the skill's name is written in lowercase in the taxonomy ("hiring", "on-call"):
    /// an everyday word rather than a product or a proper name.
    func isOrdinaryWord(_ skill: Int) -> Bool {
        let name = names[skill]
        return name == name.lowercased() && name.contains(where: \.isLetter)
    }

    /// The taxonomy index of the skill called `name` (any case), if known.
    func skillIndex(named name: String) -> Int? {
        indexByName[name.lowercased()]
    }

    /// Every skill mention in `text`, in text order; ranges use `text`'s indices.
    public func matches(in text: Substring) -> [SkillMatch] {
        let tokens = Tokenizer.tokens(in: text)
        return skillMatches(matches(in: tokens, bounds: tokens.indices), in: tokens)
    }

    /// Every skill mention in `text`, in text order.
    public func matches(in text: String) -> [SkillMatch] {
        matches(in: text[...])
    }

    /// Canonical names of the skills `text` mentions, each once, in order of first mention.
    public func skills(in text: String) -> [String] {
        Self.distinctSkills(matches(in: text))
    }

    /// Skills of a requirement: as `skills(in:)`, but a bare ambiguous name ("Go", "R (tidyverse)",
    /// "C") needs no context when nothing but filler surrounds it, since the bullet itself is the context.
    public func requirementSkills(in text: String) -> [String] {
        Self.distinctSkills(requirementMatches(in: text))
    }

    /// The parts of a requirement the taxonomy recognises, in text order, with the rule of
    /// `requirementSkills(in:)`; the text outside their ranges is what no skill accounts for.
    public func requirementMatches(in text: String) -> [SkillMatch] {
        let found = matches(in: text)
        guard found.isEmpty else { return found }
        let tokens = Tokenizer.tokens(in: text[...])
        let relaxed = matches(in: tokens, bounds: tokens.indices, needingContext: false)
        guard !relaxed.isEmpty else { return [] }
        let covered = Set(relaxed.flatMap(\.tokens))
        let rest = tokens.indices.filter { !covered.contains($0) && tokens[$0].isWord }
        guard rest.allSatisfy({ ContentWords.stem(tokens[$0].lower) == nil }) else { return [] }
        return skillMatches(relaxed, in: tokens)
    }

    /// The narrower skills that meet `skill` (Jenkins and GitHub Actions for CI/CD), directly or
    /// through another member, in taxonomy order; empty for an unknown name.
    public func members(of skill: String) -> [String] {
        skillIndex(named: skill).map { narrower[$0].map { names[$0] } } ?? []
    }

    private func skillMatches(_ found: [TokenMatch], in tokens: [TextToken]) -> [SkillMatch] {
        found.map { match in
            SkillMatch(skill: names[match.skillIndex],
                       range: tokens[match.tokens.lowerBound].text.startIndex..<tokens[match.tokens.upperBound - 1].text.endIndex)
        }
    }

    private static func distinctSkills(_ found: [SkillMatch]) -> [String] {
        var seen: Set<String> = []
        return found.map(\.skill).filter { seen.insert($0).inserted }
    }

    /// Matches among `tokens[bounds]` (one unit of text: a line, a turn, a sentence).
    func matches(in tokens: [TextToken], bounds: Range<Int>, needingContext: Bool = true) -> [TokenMatch] {
        var found: [(match: TokenMatch, needsContext: Bool)] = []
        var position = bounds.lowerBound
        while position < bounds.upperBound {
            if let (patternIndex, end) = longestMatch(in: tokens, at: position, bounds: bounds) {
                found.append((TokenMatch(skillIndex: patterns[patternIndex].skillIndex, tokens: position..<end),
                              patterns[patternIndex].needsContext))
                position = end
            } else {
                position += 1
            }
        }
        guard needingContext, found.contains(where: \.needsContext) else { return found.map(\.match) }
        var confirmed = found.map { !$0.needsContext }
        for (offset, candidate) in found.enumerated() where candidate.needsContext {
            confirmed[offset] = hasContext(candidate.match, in: tokens, bounds: bounds)
        }
        // A list such as "Python, R and SQL" lends context from one confirmed skill to the next.
        var changed = true
        while changed {
            changed = false
            for offset in found.indices where !confirmed[offset] {
                let neighbours = [offset - 1, offset + 1].filter { found.indices.contains($0) && confirmed[$0] }
                if neighbours.contains(where: { isListed(found[offset].match, with: found[$0].match, in: tokens) }) {
                    confirmed[offset] = true
                    changed = true
                }
            }
        }
        return found.indices.filter { confirmed[$0] }.map { found[$0].match }
    }

    private func longestMatch(in tokens: [TextToken], at position: Int, bounds: Range<Int>) -> (Int, Int)? {
        let token = tokens[position]
        var best: (Int, Int)?
        func consider(_ candidates: [Int]?, versioned: Bool = false) {
            for patternIndex in candidates ?? [] {
                let pattern = patterns[patternIndex]
                if versioned && (pattern.caseSensitive || pattern.elements.count != 1) { continue }
                guard let end = match(pattern, in: tokens, at: position, bounds: bounds, versioned: versioned) else { continue }
                if best == nil || end > best!.1 { best = (patternIndex, end) }
            }
        }
        consider(index[token.lower])
        // Plural forms of one-word spellings ("APIs") are looked up by their singular.
        if token.isWord, token.lower.hasSuffix("s"), token.lower.utf8.count > 3 || (token.lower.utf8.count == 3 && token.text.dropLast().allSatisfy(\.isUppercase)) {
            consider(index[String(token.lower.dropLast())])
            if token.lower.hasSuffix("es") { consider(index[String(token.lower.dropLast(2))]) }
        }
        // The singular of an everyday plural name ("postmortem" for "postmortems").
        if token.isWord, token.lower.utf8.count >= 4 { consider(index[token.lower + "s"]) }
        // A version glued to the name ("Python3", "HTML5") is still the skill.
        if best == nil, token.isWord, let last = token.lower.utf8.last, (0x30...0x39).contains(last) {
            let name = token.lower.prefix { !("0"..."9").contains($0) }
            if name.utf8.count >= 3, token.lower.dropFirst(name.count).allSatisfy(\.isNumber) {
                consider(index[String(name)], versioned: true)
            }
        }
        return best
    }

    /// The end of `pattern` matched at `position`, or nil.
    private func match(_ pattern: SkillPattern, in tokens: [TextToken], at position: Int, bounds: Range<Int>,
                       versioned: Bool = false) -> Int? {
        var cursor = position
        for (offset, element) in pattern.elements.enumerated() {
            if offset > 0 {
                guard cursor < bounds.upperBound else { return nil }
                if element.looseJoin {
                    let token = tokens[cursor]
                    if !token.isWord, token.lower == "-", !token.spaceBefore, cursor + 1 < bounds.upperBound,
                       !tokens[cursor + 1].spaceBefore {
                        cursor += 1
                    } else if !token.spaceBefore || token.lineBreakBefore {
                        return nil
                    }
                } else if tokens[cursor].spaceBefore {
                    return nil
                }
            }
            guard cursor < bounds.upperBound else { return nil }
            let token = tokens[cursor]
            guard token.isWord == element.isWord else { return nil }
            let isLast = offset == pattern.elements.count - 1
            if pattern.caseSensitive {
                guard token.text == element.original[...] else { return nil }
            } else if versioned {
                guard token.lower.hasPrefix(element.lower) else { return nil }
            } else if token.lower != element.lower {
                let inflectedVerb = offset == 0 && pattern.firstWordForms.contains(token.lower)
                guard inflectedVerb || (isLast && pattern.acceptsInflection(token)) else { return nil }
            }
            cursor += 1
        }
        return hasBoundaries(pattern, in: tokens, start: position, end: cursor, bounds: bounds) ? cursor : nil
    }

    private func hasBoundaries(_ pattern: SkillPattern, in tokens: [TextToken], start: Int, end: Int,
                               bounds: Range<Int>) -> Bool {
        let ambiguous = pattern.caseSensitive || pattern.needsContext
        func touchesWord(_ index: Int) -> Bool { bounds.contains(index) && tokens[index].isWord }
        if start > bounds.lowerBound, !tokens[start].spaceBefore {
            let previous = tokens[start - 1]
            if previous.isWord { return false }
            let joinsWord = !previous.spaceBefore && touchesWord(start - 2)
            switch previous.lower {
            case "#", "+", "&", "@", "_", "$", "\\", "=": return false
            // A hyphenated prefix makes another word: "semi-structured", "non-technical", "pre-sales".
            case ".", "-": if joinsWord { return false }
            default: break
            }
        }
        if end < bounds.upperBound, !tokens[end].spaceBefore {
            let next = tokens[end]
            if next.isWord { return false }
            let joinsWord = end + 1 < bounds.upperBound && !tokens[end + 1].spaceBefore && tokens[end + 1].isWord
            switch next.lower {
            case "#", "+", "&", "@", "_", "=": return false
            case ".": if joinsWord { return false }
            case "-": if ambiguous && joinsWord { return false }
            default: break
            }
        }
        if pattern.isSingleLetter && pattern.caseSensitive {
            let previousWord = start > bounds.lowerBound && tokens[start - 1].isWord ? tokens[start - 1] : nil
            if let previousWord, Self.letterBlockers.contains(previousWord.lower) { return false }
            // "John C." or "C. Smith": an initial, not the language.
            let followedByPeriod = end < bounds.upperBound && !tokens[end].spaceBefore && tokens[end].lower == "."
            if followedByPeriod {
                if let previousWord, previousWord.isCapitalized { return false }
                if end + 1 < bounds.upperBound, tokens[end + 1].isWord, tokens[end + 1].isCapitalized,
                   !tokens[end + 1].lineBreakBefore, start == bounds.lowerBound || tokens[start].lineBreakBefore {
                    return false
                }
            }
        }
        return true
    }

    private func hasContext(_ match: TokenMatch, in tokens: [TextToken], bounds: Range<Int>) -> Bool {
        let window = sentenceWindow(around: match.tokens, in: tokens, bounds: bounds, radius: 12)
        let words = contextWords[match.skillIndex]
        if !words.isEmpty {
            for position in window where !match.tokens.contains(position) && tokens[position].isWord {
                for phrase in words where phraseMatches(phrase, in: tokens, at: position, limit: window.upperBound) {
                    return true
                }
            }
        }
        let before = match.tokens.lowerBound - 1
        if window.contains(before), tokens[before].isWord, Self.skillCueBefore.contains(tokens[before].lower) { return true }
        let after = match.tokens.upperBound
        if window.contains(after), tokens[after].isWord, Self.skillCueAfter.contains(tokens[after].lower) { return true }
        return false
    }

    private func phraseMatches(_ phrase: [String], in tokens: [TextToken], at position: Int, limit: Int) -> Bool {
        var cursor = position
        for word in phrase {
            while cursor < limit && !tokens[cursor].isWord { cursor += 1 }
            guard cursor < limit, Self.looselyEqual(tokens[cursor].lower, word) else { return false }
            cursor += 1
        }
        return true
    }

    /// Same word up to a short ending ("statistics" ~ "statistical", "programming" ~ "programmer").
    static func looselyEqual(_ lhs: String, _ rhs: String) -> Bool {
        if lhs == rhs { return true }
        let shorter = min(lhs.utf8.count, rhs.utf8.count)
        guard shorter >= 6 else { return false }
        var common = 0
        for (left, right) in zip(lhs.utf8, rhs.utf8) {
            guard left == right else { break }
            common += 1
        }
        return common >= 6 && common >= shorter - 2
    }

    /// The tokens of the same sentence within `radius` tokens of `core`.
    func sentenceWindow(around core: Range<Int>, in tokens: [TextToken], bounds: Range<Int>, radius: Int) -> Range<Int> {
        var lower = core.lowerBound
        while lower > bounds.lowerBound, core.lowerBound - lower < radius, !tokens[lower].lineBreakBefore,
              !endsSentence(at: lower - 1, in: tokens, bounds: bounds) {
            lower -= 1
        }
        var upper = core.upperBound
        while upper < bounds.upperBound, upper - core.upperBound < radius, !tokens[upper].lineBreakBefore,
              !endsSentence(at: upper - 1, in: tokens, bounds: bounds) {
            upper += 1
        }
        return lower..<upper
    }

    private func endsSentence(at position: Int, in tokens: [TextToken], bounds: Range<Int>) -> Bool {
        guard bounds.contains(position), tokens[position].isSentencePunctuation else { return false }
        return position + 1 >= bounds.upperBound || tokens[position + 1].spaceBefore
    }

    private func isListed(_ match: TokenMatch, with other: TokenMatch, in tokens: [TextToken]) -> Bool {
        let gap = match.tokens.lowerBound > other.tokens.lowerBound
            ? other.tokens.upperBound..<match.tokens.lowerBound
            : match.tokens.upperBound..<other.tokens.lowerBound
        guard gap.count <= 3 else { return false }
        if gap.contains(where: { tokens[$0].lineBreakBefore }) { return false }
        return gap.allSatisfy { Self.listConnectors.contains(tokens[$0].lower) }
            && !(gap.isEmpty && !tokens[max(match.tokens.lowerBound, other.tokens.lowerBound)].spaceBefore)
    }

    static let listConnectors: Set<String> = [",", "/", "and", "or", "&", "(", ")", ";", "as", "well", "plus", "nor", "+"]
    static let letterBlockers: Set<String> = [
        "plan", "grade", "class", "type", "vitamin", "option", "section", "part", "appendix", "exhibit", "tier",
        "level", "group", "category", "phase", "round", "series", "form", "schedule", "size", "hepatitis", "team",
        "building", "block", "floor", "room", "row", "unit", "wing", "gate", "terminal", "mr", "ms", "mrs", "dr",
        "letter", "column", "figure", "model", "version", "step", "stage", "scenario", "priority", "rank", "division",
    ]
    static let skillCueBefore: Set<String> = [
        "in", "with", "using", "use", "uses", "used", "of", "write", "writes", "writing", "wrote", "written",
        "learn", "learning", "learned", "learnt", "know", "knows", "knew", "coding", "coded", "program",
        "programming", "programmed", "developing", "developed", "idiomatic", "modern",
    ]
    static let skillCueAfter: Set<String> = [
        "programming", "programmer", "programmers", "developer", "developers", "engineer", "engineers", "code",
        "codebase", "codebases", "service", "services", "microservices", "backend", "language", "library",
        "libraries", "modules", "packages", "package", "experience", "skills", "scripts", "script", "binaries",
        "compiler", "runtime", "toolchain", "routines", "firmware", "drivers", "stack",
    ]
}
