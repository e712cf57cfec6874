/// Exact text quoted from a session document and where it sits: what evidence, citations, retrieved
/// passages and indexed chunks all point at.
public struct SourceQuote: Sendable, Hashable {
    /// Session-relative path of the document quoted.
    public var path: String
    public var kind: DocumentKind
    /// Range of `text` in that document (UTF-16 characters).
    public var range: SourceRange
    /// The exact text at `range`.
    public var text: String
    /// Transcript speaker, when known.
    public var speaker: String?
    /// Transcript timestamp as written (`00:12:31`), when known.
    public var timestamp: String?

    public init(path: String, kind: DocumentKind, range: SourceRange, text: String, speaker: String? = nil,
                timestamp: String? = nil) {
        self.path = path
        self.kind = kind
        self.range = range
        self.text = text
        self.speaker = speaker
        self.timestamp = timestamp
    }

    /// `cv.md:12`: the path and 1-based line, as editors and recruiters cite it.
    public var location: String { Self.location(path: path, line: range.start.line) }

    /// `cv.md:12` for the 0-based `line` of `path`: how every quote and requirement is cited.
    public static func location(path: String, line: Int) -> String { "\(path):\(line + 1)" }
}
