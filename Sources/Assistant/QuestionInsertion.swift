import Analysis

/// Where and how a suggested question is written into the session's notes.
public enum QuestionInsertion {
    /// The heading questions are collected under.
    public static let heading = "## Questions to ask"

    /// The checklist line for a question.
    public static func line(for question: SuggestedQuestion) -> String {
        "- [ ] \(question.text)"
    }

    /// Content of a new notes file holding just this question.
    public static func newNotesFile(with question: SuggestedQuestion) -> String {
        "# Interview notes\n\n\(heading)\n\n\(line(for: question))\n"
    }

    /// The edit that appends `question` under the "Questions to ask" heading of `notes`,
    /// adding the heading at the end when the document has none.
    public static func change(appending question: SuggestedQuestion, to notes: SourceText) -> TextChange {
        let entry = line(for: question)
        if let headingLine = notes.lines.firstIndex(where: isQuestionsHeading) {
            var last = headingLine
            var line = headingLine + 1
            while line < notes.lines.count, !isHeading(notes.lines[line]) {
                if !notes.lines[line].trimmingWhitespace().isEmpty { last = line }
                line += 1
            }
            let end = SourcePosition(line: last, character: notes.lines[last].utf16.count)
            let separator = last == headingLine ? "\n\n" : "\n"
            return .insert(separator + entry, at: end)
        }
        let lastLine = notes.lines.count - 1
        let end = SourcePosition(line: lastLine, character: notes.lines[lastLine].utf16.count)
        let text = notes.text
        let prefix: String
        if text.trimmingWhitespace().isEmpty {
            prefix = ""
        } else if text.hasSuffix("\n\n") {
            prefix = ""
        } else if text.hasSuffix("\n") {
            prefix = "\n"
        } else {
            prefix = "\n\n"
        }
        return .insert("\(prefix)\(heading)\n\n\(entry)\n", at: end)
    }

    /// The unchecked `- [ ] question` items under "Questions to ask" of a notes document: the questions still open.
    public static func openQuestions(in document: SessionDocument) -> [SourceQuote] {
        let lines = document.text.lines
        guard let headingLine = lines.firstIndex(where: isQuestionsHeading) else { return [] }
        var open: [SourceQuote] = []
        var line = headingLine + 1
        while line < lines.count, !isHeading(lines[line]) {
            let item = lines[line].drop(while: \.isWhitespace)
            if let box = ["- [ ]", "* [ ]", "+ [ ]"].first(where: { item.hasPrefix($0) }) {
                // A slice of the document's own text, so the range is where the question is written.
                var question = item.dropFirst(box.count).drop(while: \.isWhitespace)
                while let last = question.last, last.isWhitespace { question = question.dropLast() }
                if !question.isEmpty {
                    let range = document.text.range(of: question)
                    open.append(SourceQuote(path: document.path, kind: document.kind, range: range, text: String(question)))
                }
            }
            line += 1
        }
        return open
    }

    private static func isQuestionsHeading(_ line: Substring) -> Bool {
        guard isHeading(line) else { return false }
        let title = line.drop(while: { $0 == "#" }).trimmingWhitespace().lowercased()
        return title.hasPrefix("questions to ask")
    }

    private static func isHeading(_ line: Substring) -> Bool {
        line.hasPrefix("#")
    }
}
