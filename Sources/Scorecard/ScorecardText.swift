import Analysis
import Assistant

/// Plain-text pieces both renderers use, before each escapes them for its format.
enum ScorecardText {
    /// `cv.md:12 — Candidate, 00:12:31`: where a quote is and who said it when.
    static func attribution(_ quote: SourceQuote) -> String {
        var text = quote.location
        var who: [String] = []
        if let speaker = quote.speaker { who.append(speaker) }
        if let timestamp = quote.timestamp { who.append(timestamp) }
        if !who.isEmpty { text += " — " + who.joined(separator: ", ") }
        return text
    }

    /// The quote cut to a readable length.
    static func quote(_ evidence: Evidence) -> String {
        var text = QuestionGenerator.excerpt(evidence.excerpt.text, limit: 200)
        if let member = evidence.member { text += " (via \(member))" }
        return text
    }

    /// The status, marked when a model decided it.
    static func status(_ row: ScorecardRow) -> String {
        row.modelJudged ? "\(row.status.rawValue) (judged by the model)" : row.status.rawValue
    }

    /// What the flag is about, in one sentence without quotes.
    static func headline(_ flag: RedFlag) -> String {
        let topic = QuestionGenerator.topic(of: flag.assessment.requirement)
        switch flag.kind {
        case .contradiction:
            return flag.cvClaim == nil ? "\(topic): the candidate said they lack it" : "\(topic): the candidate said they lack it, but the CV claims it"
        case .yearsShortfall(let required, let found):
            return "\(topic): the JD asks for \(QuestionGenerator.format(required))+ years, the CV's roles show about \(QuestionGenerator.format(found))"
        case .changedAnswer:
            return "\(topic): the candidate first denied it and later claimed it"
        }
    }

    /// The quotes a flag rests on: what was said, then the CV's claim, else the JD's requirement.
    static func quotes(_ flag: RedFlag) -> [SourceQuote] {
        let quotes = [flag.said, flag.cvClaim].compactMap { $0?.excerpt }
        return quotes.isEmpty ? [Citation(requirement: flag.assessment.requirement)] : quotes
    }
}
