import Analysis

/// Finds instructions hidden in a CV or transcript that try to steer a model ("ignore previous instructions…").
public enum InjectionScanner {
    /// Phrases that address a model rather than a reader, lowercased.
    static let phrases = [
        "ignore previous instructions", "ignore all previous", "ignore the previous", "ignore prior instructions",
        "disregard previous", "disregard all prior", "disregard the above", "forget your instructions",
        "you are now", "new instructions:", "system prompt", "as an ai language model", "as a language model",
        "rank this candidate", "rate this candidate", "score this candidate", "this candidate is the best",
        "recommend this candidate", "give this candidate", "mark every requirement", "mark all requirements",
        "respond only with", "do not mention",
    ]

    /// The lines of `document` carrying such an instruction, each as an exact citation of the line's text.
    public static func findings(in document: SessionDocument) -> [Citation] {
        guard document.kind == .cv || document.kind == .transcript || document.kind == .notes else { return [] }
        var found: [Citation] = []
        for line in document.text.lines {
            let lowered = line.lowercased()
            guard phrases.contains(where: { lowered.contains($0) }) else { continue }
            let text = line.trimmingWhitespace()
            guard let start = line.firstRange(of: text) else { continue }
            let range = document.text.range(of: line[start])
            found.append(Citation(path: document.path, range: range, quote: text))
        }
        return found
    }
}
