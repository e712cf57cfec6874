import Assistant
import LanguageServerProtocol
import Logging
import ModelClient
import RetrievalIndex

/// Everything a session needs to use its model: the options, the client, and the session's index for
/// hybrid retrieval, the response cache and the usage log.
struct SessionModelServices: Sendable {
    let options: ModelOptions
    let client: ModelClient
    /// The session's retrieval index; nil when it could not be opened (no cache, keyword-free prompts).
    let index: RetrievalIndex?
    let log: Logger

    var store: ModelResponseStore? {
        index.map { ModelResponseStore(index: $0, log: log) }
    }

    var retrieval: HybridRetrieval? {
        index.map { HybridRetrieval(index: $0, client: client, store: store, log: log) }
    }

    /// The assistant's model for `purpose`, answering repeated requests from the session's cache.
    func languageModel(for purpose: ModelPurpose) -> any LanguageModel {
        ClientLanguageModel(client: client, purpose: purpose, store: store)
    }
}
