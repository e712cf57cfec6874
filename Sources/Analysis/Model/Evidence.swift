/// A quote from the CV or the interview that bears on a requirement.
public struct Evidence: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable {
        case cv
        case transcript
    }

    /// The quote and where it sits.
    public var excerpt: SourceQuote
    /// The candidate said they lack the skill here.
    public var negated: Bool
    /// The narrower skill this quote names when it meets a broader one the requirement asks for
    /// ("Jenkins" for CI/CD); nil when the quote names the requirement's own skill or words.
    public var member: String?

    public init(excerpt: SourceQuote, negated: Bool = false, member: String? = nil) {
        self.excerpt = excerpt
        self.negated = negated
        self.member = member
    }

    /// The CV, or the interview (a transcript or the recruiter's notes).
    public var source: Source { excerpt.kind == .cv ? .cv : .transcript }
}
