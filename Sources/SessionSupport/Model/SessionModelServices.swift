import Assistant
import Logging
import ModelClient
import RetrievalIndex

/// Everything a session needs to use its model: the options, the client, and the session's index for
/// hybrid retrieval, the response cache and the usage log.
public struct SessionModelServices: Sendable {
    /// The session's resolved `interview.model` options.
    public let options: ModelOptions
    /// The client for `options.client`.
    public let client: ModelClient
    /// The session's retrieval index; nil when it could not be opened (no cache, keyword-free prompts).
    public let index: RetrievalIndex?
    /// Where the services log cache, usage and retrieval failures.
    public let log: Logger

    /// Services over `client` and, when it could be opened, the session's `index`.
    public init(options: ModelOptions, client: ModelClient, index: RetrievalIndex?, log: Logger) {
        self.options = options
        self.client = client
        self.index = index
        self.log = log
    }

    /// The session's response cache and usage log; nil without an index.
    public var store: ModelResponseStore? {
        index.map { ModelResponseStore(index: $0, log: log) }
    }

    /// BM25 fused with embeddings over the session's index; nil without an index.
    public var retrieval: HybridRetrieval? {
        index.map { HybridRetrieval(index: $0, client: client, store: store, log: log) }
    }

    /// The assistant's model for `purpose`, answering repeated requests from the session's cache.
    public func languageModel(for purpose: ModelPurpose) -> any LanguageModel {
        ClientLanguageModel(client: client, purpose: purpose, store: store)
    }
}
