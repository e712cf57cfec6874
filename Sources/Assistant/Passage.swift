import Analysis

/// A passage of a session document returned by retrieval.
public typealias Passage = SourceQuote

/// Finds the passages of one session that best match a query (the retrieval index, in the server).
public protocol PassageSource: Sendable {
    /// Best passages first; blocking.
    func passages(matching query: String, limit: Int) throws -> [Passage]
}
