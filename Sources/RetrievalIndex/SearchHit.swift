/// A search result: a chunk and its score (higher is better; BM25 alone, or fused with vectors).
public struct SearchHit: Sendable, Hashable {
    public var chunk: IndexedChunk
    public var score: Double

    public init(chunk: IndexedChunk, score: Double) {
        self.chunk = chunk
        self.score = score
    }
}
