/// Finds the requirements of a job description.
public enum JobDescriptionParser {
    /// Requirements in document order; `skills` is left empty (the analyzer fills it from the taxonomy).
    public static func parse(_ text: SourceText, path: String) -> ParsedJobDescription {
        let lines = classify(text)
        var headings: [ParsedJobDescription.Heading] = []
        var found = requirements(in: lines, of: text, headings: &headings, defaultPriority: nil)
        if found.isEmpty {
            // A JD without any requirement heading still asks for its bullets, outside responsibilities and the like.
            var ignoredHeadings: [ParsedJobDescription.Heading] = []
            found = requirements(in: lines, of: text, headings: &ignoredHeadings, defaultPriority: .must)
        }

        let kept = found.filter { !$0.text.isEmpty }
        let ids = RequirementSlug.uniqueSlugs(for: kept.map(\.text))
        let requirements = ParallelMap.map(kept.count, minimumChunk: 1024) { index in
            let item = kept[index]
            let itemText = String(item.text)
            return Requirement(
                id: ids[index], text: itemText, priority: item.priority, path: path,
                range: text.parsingRange(of: item.text, line: item.line), skills: [],
                minYears: YearsParser.minYears(in: itemText), ignored: item.ignored)
        }

        let (title, titleRange) = title(of: lines, in: text, headings: &headings)
        return ParsedJobDescription(title: title, titleRange: titleRange, requirements: requirements, headings: headings)
    }

    private typealias Found = (text: Substring, line: Int, priority: RequirementPriority, ignored: Bool)

    /// Items under requirement headings; `defaultPriority` applies outside them (and outside known other sections).
    private static func requirements(in lines: [Line], of text: SourceText, headings: inout [ParsedJobDescription.Heading],
                                     defaultPriority: RequirementPriority?) -> [Found] {
        var found: [Found] = []
        // Sections with at least one list item treat plain lines as prose; sections without any take each line as an item.
        let sectionHasItems = sectionsWithItems(lines)
        var priority = defaultPriority
        var priorityLevel = 0
        var previousWasItem = false
        var sectionIsInline = false
        var section = 0
        for (position, line) in lines.enumerated() {
            switch line.kind {
            case .heading(let heading):
                section += 1
                headings.append(.init(text: String(heading.text), range: text.parsingRange(of: heading.text, line: line.index), level: heading.level))
                (priority, priorityLevel) = self.priority(under: heading, current: (priority, priorityLevel), defaultPriority: defaultPriority)
                previousWasItem = false
                sectionIsInline = false
            case .inline(let label, let content, let labelPriority):
                section += 1
                sectionIsInline = true
                headings.append(.init(text: String(label), range: text.parsingRange(of: label, line: line.index), level: 2))
                priority = labelPriority
                priorityLevel = 2
                found.append(itemText(content, line: line.index, priority: labelPriority))
                previousWasItem = true
            case .item(let content, let indent):
                if let priority, !introducesSubList(content, indent: indent, at: position, in: lines) {
                    found.append(itemText(content, line: line.index, priority: priority))
                }
                previousWasItem = true
            case .text(let content, let indent):
                // An indented line right after an item wraps that item.
                if previousWasItem, indent > 0 { continue }
                // After "Must have: Python" on one line, plain lines are prose again; only bullets continue the list.
                if let priority, defaultPriority == nil, !sectionIsInline, sectionHasItems[section] != true {
                    found.append(itemText(content, line: line.index, priority: priority))
                }
                previousWasItem = false
            case .blank, .underline:
                if case .blank = line.kind { previousWasItem = false }
            }
        }
        return found
    }

    /// Per section (each heading or inline label starts one): whether it holds a list item.
    private static func sectionsWithItems(_ lines: [Line]) -> [Int: Bool] {
        var sectionHasItems: [Int: Bool] = [:]
        var section = 0
        for line in lines {
            switch line.kind {
            case .heading, .inline: section += 1
            case .item: sectionHasItems[section] = true
            default: break
            }
        }
        return sectionHasItems
    }

    /// The priority of the items under `heading`, and the level of the heading that set it, given the `current` ones.
    private static func priority(under heading: HeadingLine, current: (priority: RequirementPriority?, level: Int),
                                 defaultPriority: RequirementPriority?) -> (RequirementPriority?, Int) {
        switch RequirementHeading.classify(heading.text) {
        case .must: return (.must, heading.level)
        case .nice: return (.nice, heading.level)
        case .other: return (nil, current.level)
        case .unknown:
            // A deeper or plain-text heading inside a requirement section ("Technical:") is a sub-list.
            if current.priority != nil, current.priority != defaultPriority, heading.level > current.level || heading.isPlainText {
                return current
            }
            return (defaultPriority, current.level)
        }
    }

    private struct Line {
        enum Kind {
            case blank
            case underline
            case heading(HeadingLine)
            /// `Must have: Python, SQL` — a requirement label and an item on one line.
            case inline(label: Substring, content: Substring, priority: RequirementPriority)
            case item(Substring, indent: Int)
            case text(Substring, indent: Int)
        }
        var index: Int
        var kind: Kind
    }

    private static func classify(_ text: SourceText) -> [Line] {
        let source = text.lines
        var lines: [Line] = []
        lines.reserveCapacity(source.count)
        var index = FrontMatter.contentStart(of: text)
        var inFence = false
        while index < source.count {
            let raw = source[index]
            let trimmed = LineScan.trim(raw)
            if LineScan.begins(trimmed, "```") || LineScan.begins(trimmed, "~~~") { inFence.toggle() }
            if trimmed.isEmpty || inFence || LineScan.begins(trimmed, "```") || LineScan.begins(trimmed, "~~~") || isTableRule(trimmed)
                || (LineScan.begins(trimmed, "<!--") && IgnoreMarkerText.strip(trimmed).text.isEmpty) {
                lines.append(Line(index: index, kind: .blank))
            } else if let heading = HeadingLine.atx(raw) {
                lines.append(Line(index: index, kind: .heading(heading)))
            } else if let item = ListItemLine.parse(raw) {
                lines.append(Line(index: index, kind: .item(item.content, indent: LineScan.indent(raw))))
            } else if let heading = HeadingLine.detect(in: source, at: index) {
                lines.append(Line(index: index, kind: .heading(heading)))
                if heading.style == .setext {
                    index += 1
                    lines.append(Line(index: index, kind: .underline))
                }
            } else if isLeadIn(trimmed) || isBareHeading(trimmed, at: index, in: source) {
                lines.append(Line(index: index, kind: .heading(HeadingLine(text: trimmed, level: 2, style: .colon))))
            } else if let inline = inlineRequirement(trimmed) {
                lines.append(Line(index: index, kind: .inline(label: inline.label, content: inline.content, priority: inline.priority)))
            } else {
                lines.append(Line(index: index, kind: .text(trimmed, indent: LineScan.indent(raw))))
            }
            index += 1
        }
        return lines
    }

    /// "Job Title: Marketing Manager" → "Marketing Manager"; other lines as they are.
    private static func titleValue(_ line: Substring) -> Substring {
        guard let colon = line.firstIndex(of: ":") else { return line }
        let key = PhraseText.words(line[..<colon]).joined(separator: " ")
        guard ["title", "job title", "position", "role", "job", "vacancy", "opening"].contains(key) else { return line }
        let value = LineScan.trim(line[line.index(after: colon)...])
        return value.isEmpty ? line : value
    }

    /// "- **Technical:**" followed by deeper items labels them; it is not a requirement of its own.
    private static func introducesSubList(_ content: Substring, indent: Int, at position: Int, in lines: [Line]) -> Bool {
        guard LineScan.ends(content, ":") || LineScan.ends(content, ":**") || LineScan.ends(content, ":__") else { return false }
        for next in lines[(position + 1)...] {
            switch next.kind {
            case .blank: continue
            case .item(_, let nextIndent): return nextIndent > indent
            default: return false
            }
        }
        return false
    }

    /// `|---|:---:|`, the line under a table header.
    private static func isTableRule(_ trimmed: Substring) -> Bool {
        trimmed.utf8.first == UInt8(ascii: "|") && trimmed.utf8.allSatisfy { byte in
            byte == UInt8(ascii: "|") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == 32
        }
    }

    /// A sentence that introduces a list and names what it holds: "We'd love to hear from you if you have:".
    private static func isLeadIn(_ trimmed: Substring) -> Bool {
        guard LineScan.ends(trimmed, ":"), LineScan.wordCount(trimmed) <= 16 else { return false }
        return RequirementHeading.classify(trimmed) != .unknown
    }

    /// A plain line such as "Qualifications" with no colon: a heading when it is only a known heading phrase,
    /// or a short known phrase that list items follow.
    private static func isBareHeading(_ trimmed: Substring, at index: Int, in source: SourceText.Lines) -> Bool {
        guard trimmed.utf8.count <= 50, LineScan.wordCount(trimmed) <= 6, let last = trimmed.last,
              !".,;:!?".contains(last), !trimmed.contains(":") else { return false }
        if RequirementHeading.isWholePhrase(trimmed) { return true }
        guard RequirementHeading.classify(trimmed) != .unknown else { return false }
        var next = index + 1
        while next < source.count, LineScan.isBlank(source[next]) { next += 1 }
        return next < source.count && ListItemLine.parse(source[next]) != nil
    }

    /// `Must have: Python, SQL` or `**Preferred:** Kafka`: a short requirement label, a colon, then the item.
    /// A colon inside brackets ("survey design (ie: Qualtrics)") or after words that are no label
    /// ("Project management skills: timelines…") belongs to the item's own text.
    private static func inlineRequirement(_ trimmed: Substring) -> (label: Substring, content: Substring, priority: RequirementPriority)? {
        guard let colon = trimmed.firstIndex(of: ":"), !opensBracket(trimmed[..<colon]) else { return nil }
        var label = LineScan.unwrapEmphasis(trimmed[..<colon])
        var content = LineScan.trim(trimmed[trimmed.index(after: colon)...])
        if LineScan.begins(content, "**") || LineScan.begins(content, "__") {
            // `**Preferred:** Kafka`: the colon sits inside the emphasis.
            label = LineScan.unwrapEmphasis(trimmed[..<content.index(content.startIndex, offsetBy: 2)])
            content = LineScan.trim(content.dropFirst(2))
        }
        guard !content.isEmpty, !label.isEmpty, LineScan.wordCount(label) <= 5, label.utf8.count <= 40,
              RequirementHeading.isLabel(label) else { return nil }
        // "Bonus: 10% of base salary" is pay, not a preferred skill.
        if content.contains(where: { "%$€£".contains($0) }) || RequirementHeading.classify(content) == .other { return nil }
        switch RequirementHeading.classify(label) {
        case .must: return (label, content, .must)
        case .nice: return (label, content, .nice)
        default: return nil
        }
    }

    /// True when `text` leaves a bracket open: a colon after it is inside the brackets.
    private static func opensBracket(_ text: Substring) -> Bool {
        var depth = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: ")") || byte == UInt8(ascii: "]") { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    private static func itemText(_ content: Substring, line: Int, priority: RequirementPriority) -> Found {
        let stripped = IgnoreMarkerText.strip(content)
        let itemPriority: RequirementPriority = priority == .must && RequirementHeading.itemIsPreferred(stripped.text) ? .nice : priority
        return (stripped.text, line, itemPriority, stripped.ignored)
    }

    /// The first heading if the document opens with one, else its first non-empty line (added as a level-1 heading).
    private static func title(of lines: [Line], in text: SourceText, headings: inout [ParsedJobDescription.Heading]) -> (String?, SourceRange?) {
        for line in lines {
            switch line.kind {
            case .blank, .underline:
                continue
            case .heading(let heading):
                return (String(heading.text), text.parsingRange(of: heading.text, line: line.index))
            case .inline(let label, _, _):
                return (String(label), text.parsingRange(of: label, line: line.index))
            case .item(let content, _), .text(let content, _):
                let content = titleValue(content)
                let range = text.parsingRange(of: content, line: line.index)
                headings.insert(.init(text: String(content), range: range, level: 1), at: 0)
                return (String(content), range)
            }
        }
        return (nil, nil)
    }
}
