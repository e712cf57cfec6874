import Analysis
import LanguageServerProtocol

/// Engine positions and LSP positions count the same way (0-based lines, UTF-16 characters).
extension Position {
    /// The LSP position of an engine position.
    public init(_ position: SourcePosition) {
        self.init(line: position.line, character: position.character)
    }
}

extension SourcePosition {
    /// The engine position of an LSP position.
    public init(_ position: Position) {
        self.init(line: position.line, character: position.character)
    }
}

extension LanguageServerProtocol.Range {
    /// The LSP range of an engine range.
    public init(_ range: SourceRange) {
        self.init(start: Position(range.start), end: Position(range.end))
    }
}

extension SourceRange {
    /// The engine range of an LSP range.
    public init(_ range: LanguageServerProtocol.Range) {
        self.init(start: SourcePosition(range.start), end: SourcePosition(range.end))
    }
}
