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
