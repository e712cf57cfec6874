/// What `update(documents:)` did.
public struct IndexUpdateStats: Sendable, Equatable {
    /// Documents indexed for the first time.
    public var added = 0
    /// Documents re-chunked because their text or kind changed.
    public var updated = 0
    /// Documents left as they were (same content hash and kind).
    public var unchanged = 0
    /// Documents no longer in the session, dropped with their chunks.
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
