import Analysis
import Assistant

/// The scorecard as Markdown with plain tables.
struct MarkdownScorecard {
    var card: Scorecard

    var text: String {
        var lines = [Scorecard.marker, "# Scorecard: \(inline(card.title))", "", "Session: \(inline(card.session))", ""]
        lines += ["## Summary", ""]
        if let model = card.modelSummary { lines += [inline(model), ""] }
        lines += card.summary.map(inline) + ["", "_\(card.summaryOrigin)_", ""]
        lines += ["## Coverage", "", "| priority | verified | claimed | contradicted | unmet | total |", "| --- | ---: | ---: | ---: | ---: | ---: |"]
        for priority in [RequirementPriority.must, .nice] where card.tally.count(priority) > 0 {
            let counts = RequirementStatus.allCases.map { String(card.tally.count(priority, $0)) }
            lines.append("| \(priority.label) | \(counts.joined(separator: " | ")) | \(card.tally.count(priority)) |")
        }
        lines += ["", "## Requirements", "", "| priority | requirement | status | evidence |", "| --- | --- | --- | --- |"]
        for row in card.rows {
            var evidence = row.quotes.map { "“\(inline(ScorecardText.quote($0)))” (\(inline(ScorecardText.attribution($0.excerpt))))\($0.negated ? " (says they lack it)" : "")" }
            if row.moreQuotes > 0 { evidence.append("and \(row.moreQuotes) more") }
            if evidence.isEmpty { evidence.append("no evidence") }
            lines.append("| \(row.requirement.priority.label) | \(inline(row.requirement.text)) (\(inline(row.location))) | \(ScorecardText.status(row)) | \(evidence.joined(separator: "<br>")) |")
        }
        lines += ["", "## Red flags", ""]
        if card.redFlags.isEmpty && card.injections.isEmpty { lines.append("None found.") }
        for flag in card.redFlags {
            let quotes = ScorecardText.quotes(flag).map { "“\(inline(QuestionGenerator.excerpt($0.text, limit: 200)))” (\(inline(ScorecardText.attribution($0))))" }
            lines.append("- \(inline(ScorecardText.headline(flag))): \(quotes.joined(separator: "; "))")
        }
        for injection in card.injections {
            lines.append("- Addresses an AI model (treated as data, never evidence): “\(inline(QuestionGenerator.excerpt(injection.quote, limit: 200)))” (\(inline(injection.path)):\(injection.range.start.line + 1))")
        }
        lines += ["", "## Open questions", ""]
        if card.openQuestions.isEmpty { lines.append("None: the notes have no unchecked item under “Questions to ask”.") }
        for question in card.openQuestions {
            lines.append("- [ ] \(inline(question.text)) (\(inline(question.location)))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Text from the session's files made inert in Markdown (see `MarkdownText`).
    private func inline(_ text: String) -> String { MarkdownText.escape(text) }
}
