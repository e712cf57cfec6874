import Analysis
import Assistant
import RetrievalIndex

/// The retrieval index as the assistant's passage source: BM25 hits as exact, citable passages.
public struct IndexPassages: PassageSource {
    /// The session's index, already brought up to date by its owner.
    public let index: RetrievalIndex

    /// Serves passages from `index`.
    public init(index: RetrievalIndex) {
        self.index = index
    }

    /// Best matches first. Blocking (SQLite): call it off the cooperative pool.
    public func passages(matching query: String, limit: Int) throws -> [Passage] {
        try index.search(query, limit: limit).map(\.chunk.excerpt)
    }
}
