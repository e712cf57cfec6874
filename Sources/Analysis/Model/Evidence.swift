/// A quote from the CV or the interview that bears on a requirement.
public struct Evidence: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        case cv
        case transcript
    }

    /// Session-relative path of the document quoted.
    public var path: String
    /// Range of `quote` in that document.
    public var range: SourceRange
    public var source: Source
    /// The exact text at `range`.
    public var quote: String
    /// Transcript speaker, when known.
    public var speaker: String?
    /// Transcript timestamp as written (`00:12:31`), when known.
    public var timestamp: String?
    /// The candidate said they lack the skill here.
    public var negated: Bool
    /// The narrower skill this quote names when it meets a broader one the requirement asks for
    /// ("Jenkins" for CI/CD); nil when the quote names the requirement's own skill or words.
    public var member: String?

    public init(path: String, range: SourceRange, source: Source, quote: String, speaker: String? = nil,
                timestamp: String? = nil, negated: Bool = false, member: String? = nil) {
        self.path = path
        self.range = range
        self.source = source
        self.quote = quote
        self.speaker = speaker
        self.timestamp = timestamp
        self.negated = negated
        self.member = member
    }
}
