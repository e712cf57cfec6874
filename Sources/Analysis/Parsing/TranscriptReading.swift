/// What a transcript reader collects before speaker roles are decided.
struct TranscriptReading {
    /// Turns in order; roles are filled in afterwards.
    var turns: [Transcript.Turn] = []
    /// Names with the role the document declares for them (front matter, `Interviewer: Jane Doe` header lines).
    var declaredRoles: [(name: String, role: SpeakerRole)] = []

    mutating func append(speaker: Substring?, timestamp: String?, text: Substring, line: Int, in source: SourceText) {
        guard !text.isEmpty else { return }
        turns.append(Transcript.Turn(speaker: speaker.map(String.init), role: .unknown, timestamp: timestamp,
                                     text: String(text), range: source.parsingRange(of: text, line: line)))
    }

    /// Records each name in a list such as "Jane Doe, Bob Li" or "Jane and Bob".
    mutating func declare(_ names: String, as role: SpeakerRole) {
        var normalized = names
        for separator in [" and ", " & ", ";", "/"] {
            normalized = normalized.split(separator: separator).joined(separator: ",")
        }
        for name in normalized.split(separator: ",") {
            let trimmed = LineScan.trim(name)
            if !trimmed.isEmpty { declaredRoles.append((String(trimmed), role)) }
        }
    }
}
