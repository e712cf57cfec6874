/// One file of a session, with its kind and current text (from disk or from the editor).
public struct SessionDocument: Sendable, Hashable {
    /// Path relative to the session root, `/`-separated (e.g. `jd.md`).
    public var path: String
    public var kind: DocumentKind
    public var text: SourceText

    public init(path: String, kind: DocumentKind, text: SourceText) {
        self.path = path
        self.kind = kind
        self.text = text
    }
}
