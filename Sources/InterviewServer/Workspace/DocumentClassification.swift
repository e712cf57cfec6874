import Analysis
import LanguageServerProtocol

/// An open document's kind and what decided it: its session-relative name, the folder's globs and the lines
/// at its top (front matter). The kind is decided again only when one of them changes.
struct DocumentClassification: Sendable {
    /// The session-relative path it was decided for.
    var path: String
    var globs: [DocumentKind: [String]]
    var kind: DocumentKind
    /// The last line whose text can change the kind: the front matter's closing line; without front matter the
    /// first line, or every line when the first may open a block that is not closed yet.
    var decidingLine: Int

    init(path: String, globs: [DocumentKind: [String]], kind: DocumentKind, text: SourceText) {
        self.path = path
        self.globs = globs
        self.kind = kind
        if let block = FrontMatter.parse(text) {
            decidingLine = block.lines.upperBound
        } else {
            decidingLine = text.lines.first?.contains("-") == true ? .max : 0
        }
    }

    /// Whether the kind still holds for the document at `path` under `globs`.
    func holds(path: String, globs: [DocumentKind: [String]]) -> Bool {
        self.path == path && self.globs == globs
    }

    /// Whether `changes` may change the kind: one replaces the whole text or starts on or above the deciding line.
    func isAffected(by changes: [TextDocumentContentChangeEvent]) -> Bool {
        changes.contains { change in
            guard let range = change.range else { return true }
            return min(range.start.line, range.end.line) <= decidingLine
        }
    }
}
