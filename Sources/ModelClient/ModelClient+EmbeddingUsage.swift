extension ModelClient {
    /// Vectors and the tokens the server counted for them.
    public struct Embeddings: Sendable {
        /// One vector per text, in the order given.
        public var vectors: [[Float]]
        /// Prompt tokens summed over the batches; nil when the server did not report usage.
        public var usage: TokenUsage?
    }

    /// Like `embed(_:)`, also returning the token usage the server reported.
    public func embedReportingUsage(_ texts: [String]) async throws -> Embeddings {
        let (vectors, usage) = try await embedBatches(texts)
        return Embeddings(vectors: vectors, usage: usage)
    }
}
