import Analysis

/// Renders a scorecard for `interview-lsp report`.
public enum ScorecardRenderer {
    /// Markdown with plain tables.
    public static func markdown(_ card: Scorecard) -> String { MarkdownScorecard(card: card).text }

    /// One self-contained, printable HTML file.
    public static func html(_ card: Scorecard) -> String { HTMLScorecard(card: card).text }

    /// Whether `text` (an existing file's contents) is a report this tool wrote: the marker is on one of its first two lines.
    public static func isReport(_ text: String) -> Bool {
        text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).prefix(2)
            .contains { $0.trimmingWhitespace() == Scorecard.marker }
    }
}
