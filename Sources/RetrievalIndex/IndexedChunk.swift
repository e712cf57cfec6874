import Analysis

/// A stored chunk: where it is, its exact text, and who said it.
public struct IndexedChunk: Sendable, Hashable {
    public var id: Int64
    /// The chunk's text, exactly the document's text at its range.
    public var excerpt: SourceQuote
    public var chunkKind: ChunkKind
    public var speakerRole: SpeakerRole?
    /// Digest of the text, the key for embeddings.
    public var contentHash: String

    public init(id: Int64, excerpt: SourceQuote, chunkKind: ChunkKind, speakerRole: SpeakerRole?, contentHash: String) {
        self.id = id
        self.excerpt = excerpt
        self.chunkKind = chunkKind
        self.speakerRole = speakerRole
        self.contentHash = contentHash
    }
}
