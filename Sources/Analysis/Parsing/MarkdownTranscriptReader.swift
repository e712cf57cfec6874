/// Reads typed transcripts and notes: `Speaker: text` lines in their Markdown and plain forms.
enum MarkdownTranscriptReader {
    // Labels that describe the meeting rather than name a speaker.
    private static let metadataKeys: Set<String> = [
        "date", "time", "role", "position", "location", "duration", "note", "notes", "title", "company", "subject",
        "attendees", "participants", "meeting", "recording", "transcript", "summary", "agenda", "topic", "job",
        "level", "team", "format", "link", "url", "score", "rating", "recommendation", "overall", "decision",
        "stage", "round", "strengths", "strength", "concerns", "concern", "weaknesses", "feedback", "questions",
        "follow up", "followup", "next steps", "red flags", "pros", "cons", "verdict", "outcome", "impressions",
        "impression", "takeaways", "action items", "tldr", "salary", "notice period", "availability", "email",
        "phone", "source", "interview date", "interview type", "type", "tags", "status", "result", "overall impression",
        "my notes", "observations", "comments", "comment", "todo", "ps", "re", "cc", "from", "to", "start", "end",
        "timezone", "platform", "venue", "panel notes", "scorecard", "http", "https",
    ]

    // Header lines that declare who is who rather than record a turn.
    private static let roleKeys: [String: SpeakerRole] = [
        "interviewer": .interviewer, "interviewers": .interviewer, "interviewer name": .interviewer,
        "recruiter": .interviewer, "hiring manager": .interviewer, "panel": .interviewer, "panelists": .interviewer,
        "interviewed by": .interviewer,
        "candidate": .candidate, "candidate name": .candidate, "applicant": .candidate, "interviewee": .candidate,
    ]

    private static let notNames: Set<String> = ["hi", "hello", "yes", "no", "sure", "thanks", "okay", "ok", "great", "right", "yeah", "good"]

    static func read(_ source: SourceText) -> TranscriptReading {
        let frontMatter = FrontMatter.parse(source)
        var reader = LineReader(source: source)
        if let interviewer = frontMatter?.interviewer { reader.reading.declare(interviewer, as: .interviewer) }
        if let candidate = frontMatter?.candidate { reader.reading.declare(candidate, as: .candidate) }
        for index in stride(from: frontMatter?.contentStart ?? 0, to: source.lines.count, by: 1) {
            reader.take(lineAt: index)
        }
        return reader.reading
    }

    /// Reads the lines in order, carrying from one to the next who speaks, since when, and whether a header
    /// or a list of the recruiter's own questions is being passed over.
    private struct LineReader {
        let source: SourceText
        var reading = TranscriptReading()
        private var speaker: Substring?
        private var timestamp: String?
        private var standaloneTimestamp: String?
        // Label keys by name as written: a transcript repeats a handful of names on every line.
        private var keys: [Substring: String] = [:]
        private var speakerNames: [Substring: Bool] = [:]
        // Any turn so far, and any labelled turn: header lines ("Interviewer: Jane Doe") come before the latter.
        private var sawTurn = false
        private var sawSpeech = false
        private var skippingQuestions = false

        init(source: SourceText) {
            self.source = source
        }

        /// Line `index`: a heading, a labelled turn, a speaker introduction, or more words of the last speaker.
        mutating func take(lineAt index: Int) {
            let lines = source.lines
            let raw = lines[index]
            let trimmed = LineScan.trim(raw)
            if trimmed.isEmpty || HeadingLine.setextLevel(raw) != nil || trimmed == "***" || LineScan.begins(trimmed, "<!--") { return }
            if let heading = heading(raw, trimmed, next: index + 1 < lines.count ? lines[index + 1] : nil) {
                take(heading: heading, raw: raw)
                return
            }
            if skippingQuestions { return }
            guard let (content, lineTimestamp) = timedContent(trimmed) else { return }
            if let label = SpeakerLabel.parse(content) {
                take(label, content: content, lineTimestamp: lineTimestamp, line: index)
            } else if !takeSpeakerIntroduction(content) {
                reading.append(speaker: speaker, timestamp: lineTimestamp ?? timestamp, text: content, line: index, in: source)
                sawTurn = true
            }
        }

        private mutating func take(heading: Substring, raw: Substring) {
            // "**Sam Lee**" alone on a line, naming someone who already spoke or was declared, introduces their words.
            if !skippingQuestions, HeadingLine.atx(raw) == nil, isKnownSpeaker(heading, spoken: speakerNames, declared: reading.declaredRoles) {
                speaker = heading
                return
            }
            skippingQuestions = isQuestionsToAsk(heading)
            speaker = nil
            timestamp = nil
        }

        /// The line without its prefixes and leading timestamp, and the time it was said; nil for a line that only
        /// gives a time.
        private mutating func timedContent(_ trimmed: Substring) -> (content: Substring, timestamp: String?)? {
            var content = stripPrefixes(trimmed)
            var lineTimestamp: String?
            if let leading = TranscriptTimestamp.leading(content) {
                lineTimestamp = leading.timestamp
                content = leading.rest
            }
            guard !content.isEmpty else {
                // A timestamp on its own line (Google Meet) times the turns below it.
                standaloneTimestamp = lineTimestamp ?? standaloneTimestamp
                return nil
            }
            return (content, lineTimestamp ?? standaloneTimestamp)
        }

        /// A `Label: text` line: a questions heading, a role declaration, a header field or note, or a turn.
        private mutating func take(_ label: SpeakerLabel, content: Substring, lineTimestamp: String?, line: Int) {
            let key = self.key(of: label.name)
            if label.text.isEmpty, isQuestionsToAsk(label.name) {
                skippingQuestions = true
                speaker = nil
                return
            }
            if let role = roleKeys[key], !sawSpeech, label.text.isEmpty || looksLikeNames(label.text) {
                if !label.text.isEmpty { reading.declare(String(label.text), as: role) }
                return
            }
            if metadataKeys.contains(key) || !(speakerNames[label.name] ?? looksLikeSpeaker(label.name)) {
                // Before the interview starts these are header fields; later ("Note: …", "My take: …") they are
                // the recruiter's own notes, and the lines below them are no longer the last speaker's.
                if sawTurn, !label.text.isEmpty {
                    reading.append(speaker: nil, timestamp: lineTimestamp, text: content, line: line, in: source)
                }
                speaker = nil
                timestamp = nil
                return
            }
            speakerNames[label.name] = true
            speaker = label.name
            timestamp = label.timestamp ?? lineTimestamp
            if !label.text.isEmpty {
                reading.append(speaker: label.name, timestamp: timestamp, text: label.text, line: line, in: source)
                sawTurn = true
                sawSpeech = true
            }
        }

        /// The label's words, lowercased and joined, as the key tables spell them.
        private mutating func key(of name: Substring) -> String {
            if let known = keys[name] { return known }
            let key = PhraseText.words(name).joined(separator: " ")
            keys[name] = key
            return key
        }

        /// Otter style: "Jane Doe  0:03" on its own line introduces the lines below; true when `content` is one.
        private mutating func takeSpeakerIntroduction(_ content: Substring) -> Bool {
            guard let trailing = TranscriptTimestamp.trailing(content) else { return false }
            // Also "**Jane Doe** 00:01:02" and "Jane Doe — 00:01:02".
            let name = LineScan.unwrapEmphasis(trimSeparators(trailing.rest))
            guard !name.isEmpty, SpeakerLabel.isName(name), looksLikeSpeaker(name), !name.contains(":") else { return false }
            speaker = name
            timestamp = trailing.timestamp
            return true
        }
    }

    /// Headings end a speaker's turn; a bold-only line counts as one, a `**Speaker:**` line does not.
    private static func heading(_ raw: Substring, _ trimmed: Substring, next: Substring?) -> Substring? {
        if let atx = HeadingLine.atx(raw) { return atx.text }
        // "---" also separates turns: only a short title-like line above it is a setext heading.
        if let next, let level = HeadingLine.setextLevel(next), ListItemLine.parse(raw) == nil, !trimmed.contains(":"),
           level == 1 || (LineScan.wordCount(trimmed) <= 6 && !(trimmed.last.map { ".?!".contains($0) } ?? false)) {
            return trimmed
        }
        if let emphasis = HeadingLine.emphasis(trimmed), !LineScan.ends(trimmed, ":"), !LineScan.ends(trimmed, ":**") { return emphasis }
        return nil
    }

    private static func isKnownSpeaker(_ name: Substring, spoken: [Substring: Bool], declared: [(name: String, role: SpeakerRole)]) -> Bool {
        if spoken[name] == true { return true }
        return declared.contains { $0.name.lowercased() == name.lowercased() }
    }

    /// `text` without trailing dashes, bars, bullets and commas ("Jane Doe —").
    private static func trimSeparators(_ text: Substring) -> Substring {
        var result = text
        while let last = result.last, LineScan.isSpace(last) || "-\u{2013}\u{2014}|\u{00B7},".contains(last) {
            result = result.dropLast()
        }
        return result
    }

    // Headings over the recruiter's own questions ("Questions to ask", "Follow-up questions", "Ask next").
    private static let questionHeadingPairs: Set<[String]> = [
        ["questions", "to"], ["question", "to"], ["questions", "for"], ["question", "bank"], ["to", "ask"],
        ["ask", "next"], ["up", "questions"], ["followup", "questions"], ["open", "questions"], ["next", "questions"],
    ]

    private static func isQuestionsToAsk(_ text: Substring) -> Bool {
        let words = PhraseText.words(text)
        guard words.count >= 2 else { return false }
        for index in words.indices.dropLast() where questionHeadingPairs.contains([words[index], words[index + 1]]) {
            return true
        }
        return false
    }

    /// `- `, `* `, `+ `, `> ` and `>> ` prefixes, which do not change who speaks.
    private static func stripPrefixes(_ trimmed: Substring) -> Substring {
        var content = trimmed
        for _ in 0..<3 {
            if LineScan.begins(content, ">") {
                content = LineScan.trim(content.drop { $0 == ">" })
            } else if let item = ListItemLine.parse(content), !(content.first?.isNumber ?? false) {
                content = item.content
            } else {
                break
            }
        }
        return content
    }

    private static let nameParticles: Set<String> = ["van", "von", "de", "da", "del", "der", "di", "la", "le", "bin", "al", "du", "dos", "das"]
    private static let roleWords: Set<String> = ["interviewer", "candidate", "recruiter", "manager", "applicant", "interviewee", "panel", "host"]

    /// A speaker label is one word ("jane", "Q"), capitalised words ("Jane Doe", "Speaker 2"), or names a role
    /// ("Hiring manager"); "My take" is not.
    private static func looksLikeSpeaker(_ name: Substring) -> Bool {
        if LineScan.wordCount(name) <= 1 { return true }
        let outsideParentheses = name.prefix { $0 != "(" && $0 != "[" }
        let words = outsideParentheses.split(whereSeparator: { $0 == " " || $0 == "\t" })
        if words.count <= 1 { return true }
        if PhraseText.words(name).contains(where: roleWords.contains) { return true }
        return words.allSatisfy { word in
            guard let first = word.first else { return true }
            return first.isUppercase || first.isNumber || nameParticles.contains(word.lowercased())
        }
    }

    /// "Jane Doe" or "Jane Doe, Bob Li": capitalised words only, not a greeting.
    private static func looksLikeNames(_ text: Substring) -> Bool {
        let words = text.split { $0 == " " || $0 == "," || $0 == "&" }
        guard !words.isEmpty, words.count <= 8, !text.contains(where: { "?!.;:".contains($0) }) else { return false }
        if words.count == 1, notNames.contains(words[0].lowercased()) { return false }
        return words.allSatisfy { word in word == "and" || (word.first?.isUppercase ?? false) }
    }
}
