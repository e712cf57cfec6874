/// A chunk that has no vector yet for some model: what the embedding client should send.
public struct UnembeddedChunk: Sendable, Hashable {
    public var contentHash: String
    public var text: String

    public init(contentHash: String, text: String) {
        self.contentHash = contentHash
        self.text = text
    }
}
