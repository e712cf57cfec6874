/// Reads a CV's sections, roles and entries.
public enum CVParser {
    // Date ranges in these sections are studies or awards, not years of work experience.
    private static let nonWorkSections = ["education", "certification", "certifications", "course", "courses",
                                          "training", "award", "awards", "publication", "publications", "languages",
                                          "interests", "degree", "degrees", "academic"]

    /// Sections, roles with date ranges, and every content line as an entry, in document order.
    public static func parse(_ text: SourceText) -> ParsedCV {
        let source = text.lines
        var assembly = Assembly(text: text)
        var index = FrontMatter.contentStart(of: text)
        var inFence = false
        while index < source.count {
            let raw = source[index]
            let trimmed = LineScan.trim(raw)
            if LineScan.begins(trimmed, "```") || LineScan.begins(trimmed, "~~~") { inFence.toggle(); index += 1; continue }
            if trimmed.isEmpty || inFence || (LineScan.begins(trimmed, "<!--") && LineScan.ends(trimmed, "-->")) { index += 1; continue }
            let line = LineShape(raw: raw, trimmed: trimmed, at: index, in: source)
            assembly.add(line, at: index)
            index += line.skipsNext ? 2 : 1
        }
        return assembly.parsed(lastLine: max(source.count - 1, 0))
    }

    /// One content line of a CV: its text without markup, and whether it is a heading or a list item.
    private struct LineShape {
        var content: Substring
        var isHeading = false
        var isItem = false
        /// A setext heading: the next line is its underline.
        var skipsNext = false

        init(raw: Substring, trimmed: Substring, at index: Int, in source: SourceText.Lines) {
            content = trimmed
            if let heading = HeadingLine.atx(raw) {
                content = heading.text
                isHeading = true
            } else if let item = ListItemLine.parse(raw) {
                content = item.content
                isItem = true
            } else if let heading = HeadingLine.detect(in: source, at: index, allowEmphasis: false),
                      heading.style != .colon || isSectionLabel(heading.text) {
                content = heading.text
                isHeading = true
                skipsNext = heading.style == .setext
            } else if isBareSectionName(trimmed) {
                isHeading = true
            }
        }
    }

    /// The CV read so far, line by line, and where its sections and roles start.
    private struct Assembly {
        let text: SourceText
        var sections: [ParsedCV.Section] = []
        var sectionStarts: [Int] = []
        var roles: [ParsedCV.Role] = []
        var roleStarts: [Int] = []
        // Where each role's lines end: the next role or section heading. In line order; `roleBoundaries`
        // holds each role's own place in it, so its end is the next one (no search per role: a CV of
        // dated bullets has as many roles as lines).
        var boundaries: [Int] = []
        var roleBoundaries: [Int] = []
        var entries: [ParsedCV.Entry] = []
        var sectionTitle: String?
        var sectionIsWork = true
        var roleIndex: Int?
        // Set when the current role was a heading or plain line: its dated bullets are achievements, not roles.
        var roleHasHeadingLine = false
        // The line holding the dates of a role whose title is the heading above it.
        var roleDateLine: Int?

        init(text: SourceText) {
            self.text = text
        }

        /// Reads `line`, at line `index`, as a role, a section heading or an entry.
        mutating func add(_ line: LineShape, at index: Int) {
            let content = line.content
            if let range = roleDates(of: line, at: index) {
                if sectionIsWork {
                    addRole(content, dates: range, isItem: line.isItem, at: index)
                } else {
                    // A dated degree or award is an entry of its section, neither a role nor a new section.
                    entries.append(ParsedCV.Entry(text: String(content), range: text.parsingRange(of: content, line: index),
                                                  section: sectionTitle, roleIndex: nil))
                }
            } else if line.isHeading {
                addSection(content, at: index)
            } else {
                entries.append(ParsedCV.Entry(text: String(content), range: text.parsingRange(of: content, line: index),
                                              section: sectionTitle, roleIndex: roleIndex))
            }
        }

        /// The dates that make `line` a role: its own, or those on the line below a heading.
        private mutating func roleDates(of line: LineShape, at index: Int) -> DateRangeParser.DateRange? {
            // A long sentence with a date ("Since 2015 I have worked…") or a dated bullet under a role is not a role.
            let mayBeRole = LineScan.wordCount(line.content) <= 16 && !(line.isItem && roleIndex != nil && roleHasHeadingLine)
                && index != roleDateLine
            if mayBeRole, let range = DateRangeParser.firstRange(in: line.content) { return range }
            guard line.isHeading, sectionIsWork, sectionTitle != nil, !isSectionName(line.content),
                  let dated = datesOnNextLine(after: index + (line.skipsNext ? 1 : 0), in: text.lines) else { return nil }
            // "### Senior SRE, Acme" with "*2019 – present*" below it: the heading is the role.
            roleDateLine = dated.line
            return dated.range
        }

        private mutating func addRole(_ content: Substring, dates: DateRangeParser.DateRange, isItem: Bool, at index: Int) {
            let title = LineScan.unwrapEmphasis(content)
            roleBoundaries.append(boundaries.count)
            boundaries.append(index)
            roleStarts.append(index)
            roleIndex = roles.count
            roleHasHeadingLine = !isItem
            roles.append(ParsedCV.Role(title: String(title), range: text.parsingRange(of: title, line: index),
                                       start: dates.start, end: dates.end, lines: index...index))
            entries.append(ParsedCV.Entry(text: String(title), range: text.parsingRange(of: title, line: index),
                                          section: sectionTitle, roleIndex: roleIndex))
        }

        private mutating func addSection(_ content: Substring, at index: Int) {
            boundaries.append(index)
            sectionStarts.append(index)
            sections.append(ParsedCV.Section(title: String(content), range: text.parsingRange(of: content, line: index), lines: index...index))
            sectionTitle = content.lowercased()
            let words = PhraseText.words(content)
            sectionIsWork = !words.contains { nonWorkSections.contains($0) }
            roleIndex = nil
        }

        /// The parsed CV, each section and role spanning up to the next boundary (or `lastLine`).
        func parsed(lastLine: Int) -> ParsedCV {
            var sections = self.sections
            var roles = self.roles
            for position in sections.indices {
                let start = sectionStarts[position]
                let end = position + 1 < sectionStarts.count ? sectionStarts[position + 1] - 1 : lastLine
                sections[position].lines = start...max(start, end)
            }
            for position in roles.indices {
                let start = roleStarts[position]
                let next = roleBoundaries[position] + 1
                let end = next < boundaries.count ? boundaries[next] - 1 : lastLine
                roles[position].lines = start...max(start, end)
            }
            return ParsedCV(sections: sections, roles: roles, entries: entries)
        }
    }

    private static let sectionNames: Set<String> = [
        "experience", "work experience", "professional experience", "relevant experience", "employment",
        "employment history", "work history", "career history", "skills", "technical skills", "key skills",
        "core skills", "skills and tools", "competencies", "core competencies", "education", "certifications",
        "certificates", "licenses", "licences", "licenses and certifications", "projects", "summary", "profile",
        "professional summary", "about me", "languages", "awards", "publications", "volunteering",
        "volunteer experience", "interests", "references", "achievements", "training", "courses", "tools",
        "technologies", "contact", "clinical experience", "teaching experience", "leadership",
    ]

    private static func isSectionName(_ text: Substring) -> Bool {
        sectionNames.contains(PhraseText.words(text).joined(separator: " "))
    }

    /// The date range on the first non-blank line after `index`, when that line is short and not a heading.
    private static func datesOnNextLine(after index: Int, in source: SourceText.Lines) -> (range: DateRangeParser.DateRange, line: Int)? {
        var next = index + 1
        while next < source.count, LineScan.isBlank(source[next]) { next += 1 }
        guard next < source.count, HeadingLine.atx(source[next]) == nil else { return nil }
        let line = ListItemLine.parse(source[next])?.content ?? LineScan.trim(source[next])
        guard LineScan.wordCount(line) <= 10, let range = DateRangeParser.firstRange(in: line) else { return nil }
        return (range, next)
    }

    /// A plain line that is only a usual CV section name ("Work Experience"), without colon or capitals.
    private static func isBareSectionName(_ trimmed: Substring) -> Bool {
        guard trimmed.utf8.count <= 40, let first = trimmed.first, first.isLetter else { return false }
        return isSectionName(trimmed)
    }

    /// A `Title:` line names a CV section only when it is one or two words ("Experience:", "Work history:").
    private static func isSectionLabel(_ text: Substring) -> Bool {
        LineScan.wordCount(text) <= 3
    }
}
