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
        var reading = TranscriptReading()
        let frontMatter = FrontMatter.parse(source)
        if let interviewer = frontMatter?.interviewer { reading.declare(interviewer, as: .interviewer) }
        if let candidate = frontMatter?.candidate { reading.declare(candidate, as: .candidate) }

        var speaker: Substring?
        var timestamp: String?
        var sawTurn = false
        var skippingQuestions = false
        let lines = source.lines
        var index = frontMatter?.contentStart ?? 0
        while index < lines.count {
            defer { index += 1 }
            let raw = lines[index]
            let trimmed = LineScan.trim(raw)
            if trimmed.isEmpty || HeadingLine.setextLevel(raw) != nil || trimmed == "***" || trimmed.hasPrefix("<!--") { continue }
            if let heading = heading(raw, trimmed, next: index + 1 < lines.count ? lines[index + 1] : nil) {
                skippingQuestions = isQuestionsToAsk(heading)
                speaker = nil
                timestamp = nil
                continue
            }
            if skippingQuestions { continue }

            var content = stripPrefixes(trimmed)
            var lineTimestamp: String?
            if let leading = TranscriptTimestamp.leading(content) {
                lineTimestamp = leading.timestamp
                content = leading.rest
            }
            guard !content.isEmpty else { continue }

            if let label = SpeakerLabel.parse(content) {
                let key = PhraseText.words(label.name).joined(separator: " ")
                if isQuestionsToAsk(label.name), label.text.isEmpty {
                    skippingQuestions = true
                    speaker = nil
                    continue
                }
                if let role = roleKeys[key], !sawTurn, label.text.isEmpty || looksLikeNames(label.text) {
                    if !label.text.isEmpty { reading.declare(String(label.text), as: role) }
                    continue
                }
                if metadataKeys.contains(key) {
                    // Before the interview starts these are header fields; later they are the recruiter's own notes.
                    if sawTurn { reading.append(speaker: nil, timestamp: lineTimestamp, text: content, line: index, in: source) }
                    continue
                }
                speaker = label.name
                timestamp = label.timestamp ?? lineTimestamp
                if !label.text.isEmpty {
                    reading.append(speaker: label.name, timestamp: timestamp, text: label.text, line: index, in: source)
                    sawTurn = true
                }
                continue
            }
            // Otter style: "Jane Doe  0:03" on its own line introduces the lines below.
            if let trailing = TranscriptTimestamp.trailing(content), SpeakerLabel.isName(trailing.rest),
               !trailing.rest.isEmpty, !trailing.rest.contains(":") {
                speaker = trailing.rest
                timestamp = trailing.timestamp
                continue
            }
            reading.append(speaker: speaker, timestamp: lineTimestamp ?? timestamp, text: content, line: index, in: source)
            sawTurn = true
        }
        return reading
    }

    /// Headings end a speaker's turn; a bold-only line counts as one, a `**Speaker:**` line does not.
    private static func heading(_ raw: Substring, _ trimmed: Substring, next: Substring?) -> Substring? {
        if let atx = HeadingLine.atx(raw) { return atx.text }
        if let next, HeadingLine.setextLevel(next) != nil, ListItemLine.parse(raw) == nil, !trimmed.contains(":") { return trimmed }
        if let emphasis = HeadingLine.emphasis(trimmed), !trimmed.hasSuffix(":"), !trimmed.hasSuffix(":**") { return emphasis }
        return nil
    }

    private static func isQuestionsToAsk(_ text: Substring) -> Bool {
        let padded = PhraseText.padded(text)
        return padded.contains(" questions to ask ") || padded.contains(" question bank ") || padded.contains(" questions for ")
    }

    /// `- `, `* `, `+ `, `> ` and `>> ` prefixes, which do not change who speaks.
    private static func stripPrefixes(_ trimmed: Substring) -> Substring {
        var content = trimmed
        for _ in 0..<3 {
            if content.hasPrefix(">") {
                content = LineScan.trim(content.drop { $0 == ">" })
            } else if let item = ListItemLine.parse(content), !(content.first?.isNumber ?? false) {
                content = item.content
            } else {
                break
            }
        }
        return content
    }

    /// "Jane Doe" or "Jane Doe, Bob Li": capitalised words only, not a greeting.
    private static func looksLikeNames(_ text: Substring) -> Bool {
        let words = text.split { $0 == " " || $0 == "," || $0 == "&" }
        guard !words.isEmpty, words.count <= 8, !text.contains(where: { "?!.;:".contains($0) }) else { return false }
        if words.count == 1, notNames.contains(words[0].lowercased()) { return false }
        return words.allSatisfy { word in word == "and" || (word.first?.isUppercase ?? false) }
    }
}
