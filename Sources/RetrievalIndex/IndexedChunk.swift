import Analysis

/// A stored chunk: where it is, its exact text, and who said it.
public struct IndexedChunk: Sendable, Hashable {
    public var id: Int64
    /// Session-relative path of the document.
    public var path: String
    public var documentKind: DocumentKind
    public var chunkKind: ChunkKind
    /// `text` is exactly the document's text at this range.
    public var range: SourceRange
    public var text: String
    public var speaker: String?
    public var speakerRole: SpeakerRole?
    /// `hh:mm:ss` for transcript turns that have one.
    public var timestamp: String?
    /// Digest of `text`, the key for embeddings.
    public var contentHash: String

    public init(id: Int64, path: String, documentKind: DocumentKind, chunkKind: ChunkKind, range: SourceRange,
                text: String, speaker: String?, speakerRole: SpeakerRole?, timestamp: String?, contentHash: String) {
        self.id = id
        self.path = path
        self.documentKind = documentKind
        self.chunkKind = chunkKind
        self.range = range
        self.text = text
        self.speaker = speaker
        self.speakerRole = speakerRole
        self.timestamp = timestamp
        self.contentHash = contentHash
    }
}

/// A search result: a chunk and its score (higher is better; BM25 alone, or fused with vectors).
public struct SearchHit: Sendable, Hashable {
    public var chunk: IndexedChunk
    public var score: Double

    public init(chunk: IndexedChunk, score: Double) {
        self.chunk = chunk
        self.score = score
    }
}

/// What `update(documents:)` did.
public struct IndexUpdateStats: Sendable, Equatable {
    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var removed = 0
    public var chunksWritten = 0

    public init(added: Int = 0, updated: Int = 0, unchanged: Int = 0, removed: Int = 0, chunksWritten: Int = 0) {
        self.added = added
        self.updated = updated
        self.unchanged = unchanged
        self.removed = removed
        self.chunksWritten = chunksWritten
    }
}

/// A chunk that has no vector yet for some model: what the embedding client should send.
public struct UnembeddedChunk: Sendable, Hashable {
    public var contentHash: String
    public var text: String

    public init(contentHash: String, text: String) {
        self.contentHash = contentHash
        self.text = text
    }
}
