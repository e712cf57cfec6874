import Analysis
import LanguageServerProtocol

/// A document the editor has open: its URI as the client spells it, version and current text.
public struct OpenDocument: Sendable, Hashable {
    public var uri: String
    /// Absolute file system path.
    public var path: String
    public var version: Int
    public var text: SourceText

    public init(uri: String, path: String, version: Int, text: SourceText) {
        self.uri = uri
        self.path = path
        self.version = version
        self.text = text
    }

    /// Applies `textDocument/didChange` edits in order: a change with a range replaces that UTF-16 range,
    /// one without replaces the whole text. A reversed range means the same span (as in
    /// vscode-languageserver-textdocument); positions past a line or the text are clamped to it.
    public func applying(_ changes: [TextDocumentContentChangeEvent], version: Int) -> OpenDocument {
        var copy = self
        for change in changes {
            if let range = change.range {
                let span = SourceRange(start: SourcePosition(min(range.start, range.end)), end: SourcePosition(max(range.start, range.end)))
                copy.text = copy.text.replacing(span, with: change.text)
            } else {
                copy.text = SourceText(change.text)
            }
        }
        copy.version = version
        return copy
    }
}
