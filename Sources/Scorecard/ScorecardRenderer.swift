import Analysis

/// Renders a scorecard for `interview-lsp report`.
public enum ScorecardRenderer {
    /// Markdown with plain tables.
    public static func markdown(_ card: Scorecard) -> String { MarkdownScorecard(card: card).text }

    /// One self-contained, printable HTML file.
    public static func html(_ card: Scorecard) -> String { HTMLScorecard(card: card).text }

    /// Whether `text` (an existing file's contents) is a report this tool wrote.
    public static func isReport(_ text: String) -> Bool {
        DocumentClassifier.isReport(SourceText(text))
    }
}
