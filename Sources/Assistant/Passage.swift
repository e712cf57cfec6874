import Analysis

/// A passage of a session document returned by retrieval.
public struct Passage: Sendable, Hashable {
    public var path: String
    public var kind: DocumentKind
    public var range: SourceRange
    /// The exact text at `range`.
    public var text: String
    public var speaker: String?
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
}

/// Finds the passages of one session that best match a query (the retrieval index, in the server).
public protocol PassageSource: Sendable {
    /// Best passages first; blocking.
    func passages(matching query: String, limit: Int) throws -> [Passage]
}
