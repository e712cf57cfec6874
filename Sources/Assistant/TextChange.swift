import Analysis

/// An edit to one document, in the engine's terms (the server turns it into an LSP TextEdit).
public struct TextChange: Sendable, Hashable {
    public var range: SourceRange
    public var newText: String

    public init(range: SourceRange, newText: String) {
        self.range = range
        self.newText = newText
    }

    /// Inserts `text` at `position`.
    public static func insert(_ text: String, at position: SourcePosition) -> TextChange {
        TextChange(range: SourceRange(start: position, end: position), newText: text)
    }
}
