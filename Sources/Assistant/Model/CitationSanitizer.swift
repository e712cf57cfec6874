import Analysis

/// Turns a model's `[S3: "quote"]` markers into numbered citations, dropping every marker whose source
/// does not exist or whose quote is not in that source.
struct CitationSanitizer {
    let sources: PromptSources
    let checker: CitationChecker

    func sanitize(_ raw: String) -> (text: String, citations: [Citation]) {
        var checked: [Substring: Citation?] = [:]
        return sanitize(raw, complete: true, checked: &checked)
    }

    /// As `sanitize(_:)`, for `raw` that is the start of an answer still streaming (`complete` false): an
    /// unfinished marker, a trailing `[` and trailing whitespace are held back, so that the text is a start
    /// of what the whole answer will give. `checked` keeps each marker's outcome across calls.
    func sanitize(_ raw: String, complete: Bool, checked: inout [Substring: Citation?]) -> (text: String, citations: [Citation]) {
        var text = ""
        var citations: [Citation] = []
        var rest = raw[...]
        while let open = rest.firstRange(of: "[S") {
            text += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else {
                if complete { text += rest[open.lowerBound...] }
                rest = rest[rest.endIndex...]
                break
            }
            let body = rest[open.upperBound..<close]
            rest = rest[rest.index(after: close)...]
            if checked[body] == nil { checked[body] = .some(citation(from: body)) }
            guard let citation = checked[body] ?? nil else {
                // A dropped marker must not leave a space before the punctuation that followed it.
                if let next = rest.first, next == "." || next == "," || next == ";" || next == ":" {
                    while text.last == " " { text.removeLast() }
                }
                continue
            }
            if let index = citations.firstIndex(of: citation) {
                text += "[\(index + 1)]"
            } else {
                citations.append(citation)
                text += "[\(citations.count)]"
            }
        }
        text += rest
        if !complete {
            if text.last == "[" { text.removeLast() }
            while text.last?.isWhitespace == true { text.removeLast() }
        }
        return (text, citations)
    }

    /// `3: "exact words"` → a checked citation of those words in source 3.
    private func citation(from body: Substring) -> Citation? {
        let digits = body.prefix(while: \.isNumber)
        guard let number = Int(digits), let passage = sources.passage(number) else { return nil }
        var quote = body.dropFirst(digits.count).drop { $0 == ":" || $0 == " " }
        let quotes: Set<Character> = ["\"", "“", "”", "'"]
        while let first = quote.first, quotes.contains(first) { quote = quote.dropFirst() }
        while let last = quote.last, quotes.contains(last) { quote = quote.dropLast() }
        let trimmed = quote.trimmingWhitespace()
        guard !trimmed.isEmpty, passage.text.contains(trimmed),
              var located = checker.locate(quote: trimmed, in: passage.path, near: passage.range.start.line)
        else { return nil }
        located.speaker = passage.speaker
        located.timestamp = passage.timestamp
        return checker.isValid(located) ? located : nil
    }
}
