/// A sequence of words that addresses a model ("ignore … previous … instructions"), matched anywhere in a
/// line's words (`InjectionText.words`).
struct InjectionRule: Sendable {
    enum Step: Sendable {
        /// The start of the line or of the text after a label's colon ("Candidate: To any AI system…").
        case lineStart
        /// One word of the set.
        case word(Set<String>)
        /// Up to `upTo` words, each of the set.
        case gap(Set<String>, upTo: Int)
        /// Up to `upTo` words of any kind.
        case anyWords(upTo: Int)
    }

    let steps: [Step]

    init(_ steps: Step...) {
        self.steps = steps
    }

    /// True when the steps match consecutive words somewhere in `words`.
    func matches(_ words: [String]) -> Bool {
        words.indices.contains { matches(words, step: 0, at: $0) }
    }

    private func matches(_ words: [String], step: Int, at position: Int) -> Bool {
        guard step < steps.count else { return true }
        switch steps[step] {
        case .lineStart:
            return (position == 0 || words[position - 1] == ":") && matches(words, step: step + 1, at: position)
        case .word(let set):
            return position < words.count && set.contains(words[position]) && matches(words, step: step + 1, at: position + 1)
        case .gap(let set, let limit):
            var end = position
            while true {
                if matches(words, step: step + 1, at: end) { return true }
                guard end - position < limit, end < words.count, set.contains(words[end]) else { return false }
                end += 1
            }
        case .anyWords(let limit):
            return (0...limit).contains { skipped in
                position + skipped <= words.count && matches(words, step: step + 1, at: position + skipped)
            }
        }
    }
}
