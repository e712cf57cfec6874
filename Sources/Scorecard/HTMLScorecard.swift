import Analysis
import Assistant

/// The scorecard as one self-contained HTML file: inline CSS and SVG, no script, nothing loaded from elsewhere.
struct HTMLScorecard {
    var card: Scorecard

    private static let style = """
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1b1b1b; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #ccc; }
        .session { color: #555; margin-top: 0; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #ccc; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
        th { background: #f3f3f3; }
        td.num { text-align: right; }
        td.priority { white-space: nowrap; }
        .status { font-weight: 600; white-space: nowrap; }
        .verified { color: #2e7d32; } .claimed { color: #1f6fb2; } .contradicted { color: #c62828; } .unmet { color: #b36b00; }
        blockquote { margin: 0 0 0.4rem; padding-left: 0.6rem; border-left: 3px solid #ccc; }
        .where { color: #555; font-size: 0.85rem; }
        .model { border-left: 3px solid #1f6fb2; padding-left: 0.6rem; }
        .note { color: #555; font-size: 0.85rem; margin: 0.2rem 0 0; }
        ul.flags li { margin-bottom: 0.5rem; }
        @media print {
          body { margin: 0; max-width: none; font-size: 11pt; }
          h2 { break-after: avoid; }
          tr, li, blockquote { break-inside: avoid; }
          th { background: none; }
        }
        """

    var text: String {
        var html = ["<!DOCTYPE html>", Scorecard.marker, "<html lang=\"en\">", "<head>", "<meta charset=\"utf-8\">",
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
                    "<title>Scorecard: \(e(card.title))</title>", "<style>", Self.style, "</style>", "</head>", "<body>",
                    "<h1>Scorecard: \(e(card.title))</h1>", "<p class=\"session\">Session: \(e(card.session))</p>"]
        html.append("<h2>Summary</h2>")
        if let model = card.modelSummary { html.append("<p class=\"model\">\(e(model))</p>") }
        html += card.summary.map { "<p>\(e($0))</p>" } + ["<p class=\"note\">\(e(card.summaryOrigin))</p>"]
        html += ["<h2>Coverage</h2>", CoverageChart.svg(card.tally), coverageTable]
        html += ["<h2>Requirements</h2>", requirementTable]
        html += ["<h2>Red flags</h2>", redFlags]
        html += ["<h2>Open questions</h2>", openQuestions]
        html += ["</body>", "</html>"]
        return html.joined(separator: "\n") + "\n"
    }

    private var coverageTable: String {
        var rows = ["<table>", "<tr><th>priority</th>" + RequirementStatus.allCases.map { "<th>\($0.rawValue)</th>" }.joined() + "<th>total</th></tr>"]
        for priority in [RequirementPriority.must, .nice] where card.tally.count(priority) > 0 {
            let cells = RequirementStatus.allCases.map { "<td class=\"num\">\(card.tally.count(priority, $0))</td>" }.joined()
            rows.append("<tr><td>\(priority.label)</td>\(cells)<td class=\"num\">\(card.tally.count(priority))</td></tr>")
        }
        rows.append("</table>")
        return rows.joined(separator: "\n")
    }

    private var requirementTable: String {
        var rows = ["<table>", "<tr><th>priority</th><th>requirement</th><th>status</th><th>evidence</th></tr>"]
        for row in card.rows {
            var evidence = row.quotes.map { quote in
                let lacks = quote.negated ? " · says they lack it" : ""
                return "<blockquote>“\(e(ScorecardText.quote(quote)))”<br><span class=\"where\">\(e(ScorecardText.attribution(quote.excerpt)))\(lacks)</span></blockquote>"
            }
            if row.moreQuotes > 0 { evidence.append("<p class=\"note\">and \(row.moreQuotes) more</p>") }
            if evidence.isEmpty { evidence.append("<p class=\"note\">no evidence</p>") }
            if let note = row.note { evidence.append("<p class=\"note\">\(e(note))</p>") }
            rows.append("<tr><td class=\"priority\">\(row.requirement.priority.label)</td><td>\(e(row.requirement.text))<br><span class=\"where\">\(e(row.location))</span></td><td class=\"status \(row.status.rawValue)\">\(e(ScorecardText.status(row)))</td><td>\(evidence.joined())</td></tr>")
        }
        rows.append("</table>")
        return rows.joined(separator: "\n")
    }

    private var redFlags: String {
        guard !(card.redFlags.isEmpty && card.injections.isEmpty) else { return "<p>None found.</p>" }
        var items = ["<ul class=\"flags\">"]
        for flag in card.redFlags {
            let quotes = ScorecardText.quotes(flag).map { quote in
                "<blockquote>“\(e(QuestionGenerator.excerpt(quote.text, limit: 200)))”<br><span class=\"where\">\(e(ScorecardText.attribution(quote)))</span></blockquote>"
            }
            items.append("<li>\(e(ScorecardText.headline(flag)))\(quotes.joined())</li>")
        }
        for injection in card.injections {
            items.append("<li>Addresses an AI model (treated as data, never evidence)<blockquote>“\(e(QuestionGenerator.excerpt(injection.quote, limit: 200)))”<br><span class=\"where\">\(e(injection.path)):\(injection.range.start.line + 1)</span></blockquote></li>")
        }
        items.append("</ul>")
        return items.joined(separator: "\n")
    }

    private var openQuestions: String {
        guard !card.openQuestions.isEmpty else { return "<p>None: the notes have no unchecked item under “Questions to ask”.</p>" }
        let items = card.openQuestions.map { "<li>\(e($0.text)) <span class=\"where\">\(e($0.location))</span></li>" }
        return (["<ul>"] + items + ["</ul>"]).joined(separator: "\n")
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }
}
