import Analysis
import Assistant

/// The scorecard's summary, written from the analysis alone: the same session gives the same sentences.
enum ScorecardSummary {
    static func sentences(for card: Scorecard) -> [String] {
        let tally = card.tally
        guard tally.count() > 0 else {
            return ["No requirements were found in the job description: list them under a heading such as \"Requirements\" or \"Nice to have\"."]
        }
        var sentences: [String] = []
        let musts = tally.count(.must)
        if musts > 0 {
            var sentence = "\(tally.count(.must, .verified)) of \(musts) must-haves are verified by the candidate's own words"
            let claimed = tally.count(.must, .claimed)
            if claimed > 0 { sentence += "; \(claimed) only claimed in the CV" }
            sentences.append(sentence + ".")
        }
        let nices = tally.count(.nice)
        if nices > 0 {
            sentences.append("\(tally.count(.nice, .verified)) of \(nices) nice-to-haves are verified.")
        }
        let gaps = card.rows.filter { $0.requirement.priority == .must && ($0.status == .unmet || $0.status == .contradicted) }
        if gaps.isEmpty {
            sentences.append("No must-have is unmet or contradicted.")
        } else {
            let names = gaps.map { "\($0.topic) (\($0.status.rawValue))" }.joined(separator: ", ")
            sentences.append("Must-haves not met: \(names).")
        }
        let strengths = card.rows.filter { $0.status == .verified && $0.requirement.priority == .must }.prefix(3).map(\.topic)
        if !strengths.isEmpty {
            sentences.append("Strongest evidence: \(strengths.joined(separator: ", ")).")
        }
        var counts: [String] = []
        counts.append(count(card.redFlags.count, "red flag", "red flags"))
        counts.append(count(card.openQuestions.count, "question still open in the notes", "questions still open in the notes"))
        if !card.injections.isEmpty {
            counts.append(count(card.injections.count, "line addressing an AI model (ignored as evidence)", "lines addressing an AI model (ignored as evidence)"))
        }
        sentences.append(counts.joined(separator: "; ").prefix(1).uppercased() + counts.joined(separator: "; ").dropFirst() + ".")
        return sentences
    }

    private static func count(_ number: Int, _ one: String, _ many: String) -> String {
        number == 0 ? "no \(many)" : "\(number) \(number == 1 ? one : many)"
    }
}
