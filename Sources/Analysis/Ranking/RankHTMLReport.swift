/// `rank --format html`: one page with inline CSS and no script; all text from the session is escaped.
struct RankHTMLReport {
    var ranking: RoleRanking

    var html: String {
        let title = "Ranking: " + ranking.role.root
        var body = "<h1>\(escape(title))</h1>\n<p>\(escape(RankReport.headline(ranking)))</p>\n"
        if !ranking.problems.isEmpty {
            body += "<ul class=\"problems\">" + ranking.problems.map { "<li>\(escape($0.path)): \(escape($0.message))</li>" }.joined() + "</ul>\n"
        }
        body += "<table>\n<thead><tr><th>#</th><th>candidate</th><th>score</th><th>must</th><th>nice</th>"
            + "<th>missing must-haves</th><th>strongest evidence</th></tr></thead>\n<tbody>\n"
        for (index, score) in ranking.candidates.enumerated() {
            let missing = score.missingMustHaves.map { "<li>\(escape($0.requirement.text)) (\(escape($0.status.rawValue)))</li>" }.joined()
            let evidence = score.strongestEvidence().map { "<li>\(escape(RankNumbers.quote($0.evidence.excerpt)))</li>" }.joined()
            let tie = score.tie.map { "<div class=\"tie\">\(escape($0))</div>" } ?? ""
            body += "<tr><td>\(index + 1)</td><td>\(escape(score.candidate.name))\(tie)</td>"
                + "<td>\(escape(RankNumbers.score(score)))</td><td>\(escape(RankNumbers.tally(score, .must)))</td>"
                + "<td>\(escape(RankNumbers.tally(score, .nice)))</td><td><ul>\(missing)</ul></td><td><ul>\(evidence)</ul></td></tr>\n"
        }
        body += "</tbody>\n</table>\n"
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(escape(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table { border-collapse: collapse; width: 100%; }
            th, td { border: 1px solid #ccc; padding: 0.4em; vertical-align: top; text-align: left; }
            th { background: #f3f3f3; }
            ul { margin: 0; padding-left: 1.2em; }
            .tie { font-size: 0.85em; color: #666; }
            .problems { color: #a40; }
            </style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private func escape(_ text: String) -> String { HTMLText.escape(text) }
}
