/// A line of a CV, transcript or notes that addresses an AI model rather than a reader.
public struct InjectionFinding: Sendable, Hashable {
    /// Session-relative path of the document.
    public var path: String
    /// The line's text without surrounding whitespace, where it is in the document.
    public var range: SourceRange
    /// The exact text at `range`.
    public var quote: String

    public init(path: String, range: SourceRange, quote: String) {
        self.path = path
        self.range = range
        self.quote = quote
    }
}
