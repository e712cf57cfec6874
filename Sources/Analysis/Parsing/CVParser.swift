/// Reads a CV's sections, roles and entries.
public enum CVParser {
    // Date ranges in these sections are studies or awards, not years of work experience.
    private static let nonWorkSections = ["education", "certification", "certifications", "course", "courses",
                                          "training", "award", "awards", "publication", "publications", "languages",
                                          "interests", "degree", "degrees", "academic"]

    /// Sections, roles with date ranges, and every content line as an entry, in document order.
    public static func parse(_ text: SourceText) -> ParsedCV {
        let source = text.lines
        var sections: [ParsedCV.Section] = []
        var sectionStarts: [Int] = []
        var roles: [ParsedCV.Role] = []
        var roleStarts: [Int] = []
        // Where each role's lines end: the next role or section heading.
        var boundaries: [Int] = []
        var entries: [ParsedCV.Entry] = []
        var sectionTitle: String?
        var sectionIsWork = true
        var roleIndex: Int?

        var index = FrontMatter.contentStart(of: text)
        var inFence = false
        while index < source.count {
            let raw = source[index]
            let trimmed = LineScan.trim(raw)
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { inFence.toggle(); index += 1; continue }
            if trimmed.isEmpty || inFence || (trimmed.hasPrefix("<!--") && trimmed.hasSuffix("-->")) { index += 1; continue }

            var content = trimmed
            var isHeading = false
            var skipNext = false
            if let heading = HeadingLine.atx(raw) {
                content = heading.text
                isHeading = true
            } else if let item = ListItemLine.parse(raw) {
                content = item.content
            } else if let heading = HeadingLine.detect(in: source, at: index, allowEmphasis: false), heading.style != .colon || isSectionLabel(heading.text) {
                content = heading.text
                isHeading = true
                skipNext = heading.style == .setext
            } else if isBareSectionName(trimmed) {
                isHeading = true
            }

            let range = DateRangeParser.firstRange(in: content)
            if range != nil, !sectionIsWork {
                // A dated degree or award is an entry of its section, neither a role nor a new section.
                entries.append(ParsedCV.Entry(text: String(content), range: text.parsingRange(of: content, line: index),
                                              section: sectionTitle, roleIndex: nil))
            } else if let range {
                let title = LineScan.unwrapEmphasis(content)
                boundaries.append(index)
                roleStarts.append(index)
                roleIndex = roles.count
                roles.append(ParsedCV.Role(title: String(title), range: text.parsingRange(of: title, line: index),
                                           start: range.start, end: range.end, lines: index...index))
                entries.append(ParsedCV.Entry(text: String(title), range: text.parsingRange(of: title, line: index),
                                              section: sectionTitle, roleIndex: roleIndex))
            } else if isHeading {
                boundaries.append(index)
                sectionStarts.append(index)
                sections.append(ParsedCV.Section(title: String(content), range: text.parsingRange(of: content, line: index), lines: index...index))
                sectionTitle = content.lowercased()
                let words = PhraseText.words(content)
                sectionIsWork = !words.contains { nonWorkSections.contains($0) }
                roleIndex = nil
            } else {
                entries.append(ParsedCV.Entry(text: String(content), range: text.parsingRange(of: content, line: index),
                                              section: sectionTitle, roleIndex: roleIndex))
            }
            index += skipNext ? 2 : 1
        }

        let lastLine = max(source.count - 1, 0)
        for position in sections.indices {
            let start = sectionStarts[position]
            let end = position + 1 < sectionStarts.count ? sectionStarts[position + 1] - 1 : lastLine
            sections[position].lines = start...max(start, end)
        }
        for position in roles.indices {
            let start = roleStarts[position]
            let next = boundaries.first { $0 > start }
            let end = next.map { $0 - 1 } ?? lastLine
            roles[position].lines = start...max(start, end)
        }
        return ParsedCV(sections: sections, roles: roles, entries: entries)
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

    /// A plain line that is only a usual CV section name ("Work Experience"), without colon or capitals.
    private static func isBareSectionName(_ trimmed: Substring) -> Bool {
        guard trimmed.count <= 40, let first = trimmed.first, first.isLetter else { return false }
        return sectionNames.contains(PhraseText.words(trimmed).joined(separator: " "))
    }

    /// A `Title:` line names a CV section only when it is one or two words ("Experience:", "Work history:").
    private static func isSectionLabel(_ text: Substring) -> Bool {
        LineScan.wordCount(text) <= 3
    }
}
