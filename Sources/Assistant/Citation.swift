import Analysis

/// A quote the assistant shows, pointing at the exact place in a session document it comes from.
public struct Citation: Sendable, Hashable {
    /// Session-relative path of the quoted document.
    public var path: String
    public var range: SourceRange
    /// The exact text at `range`.
    public var quote: String
    public var speaker: String?
    public var timestamp: String?

    public init(path: String, range: SourceRange, quote: String, speaker: String? = nil, timestamp: String? = nil) {
        self.path = path
        self.range = range
        self.quote = quote
        self.speaker = speaker
        self.timestamp = timestamp
    }

    /// Cites a requirement where the JD states it.
    public init(requirement: Requirement) {
        self.init(path: requirement.path, range: requirement.range, quote: requirement.text)
    }

    /// Cites a piece of evidence.
    public init(evidence: Evidence) {
        self.init(path: evidence.path, range: evidence.range, quote: evidence.quote,
                  speaker: evidence.speaker, timestamp: evidence.timestamp)
    }

    /// `cv.md:12`, with a 1-based line as editors and people count.
    public var location: String { "\(path):\(range.start.line + 1)" }
}
