import Analysis
import Assistant
import JSON
import Logging
import ModelClient
import RetrievalIndex

/// Passages for a model prompt: BM25 fused with cosine similarity to the query's embedding, BM25 alone
/// when the query cannot be embedded. The query vector is cached like any response, so asking the same
/// question again contacts nobody.
public struct HybridRetrieval: Sendable {
    let index: RetrievalIndex
    let client: ModelClient
    let store: ModelResponseStore?
    let log: Logger

    /// Best passages first, at most `limit`.
    public func passages(for query: String, limit: Int, kinds: Set<DocumentKind>? = nil) async -> [Passage] {
        let model = client.settings.embeddingModel
        let vector = await queryVector(query)
        do {
            let hits = try await index.perform { index in
                if let vector {
                    return try index.search(query, queryVector: vector, model: model, limit: limit, kinds: kinds)
                }
                return try index.search(query, limit: limit, kinds: kinds)
            }
            return hits.map(\.chunk.excerpt)
        } catch {
            log.info("retrieval: search failed: \(error)")
            return []
        }
    }

    /// The query's embedding, from the cache or the provider; nil when the provider fails.
    private func queryVector(_ query: String) async -> [Float]? {
        let model = client.settings.embeddingModel
        let text = client.settings.redact ? Redactor().redact(query) : query
        let key: JSON = ["model": .string(model), "input": [.string(text)]]
        if let store, let cached = await store.response(model: model, request: key),
           let numbers = try? JSON.parse(cached).arrayValue {
            let vector = numbers.compactMap { $0.doubleValue.map(Float.init) }
            if !vector.isEmpty, vector.count == numbers.count { return vector }
        }
        do {
            let result = try await client.embedReportingUsage([query])
            guard let vector = result.vectors.first, !vector.isEmpty else { return nil }
            if let store {
                await store.store(JSON.array(vector.map { .double(Double($0)) }).serialized(), model: model, request: key)
                if let usage = result.usage {
                    await store.record(UsageRecord(model: model, kind: ModelPurpose.embeddings.rawValue,
                                                   promptTokens: usage.promptTokens, completionTokens: 0))
                }
            }
            return vector
        } catch {
            log.info("retrieval: the question could not be embedded (\(error)); keyword search only")
            return nil
        }
    }
}
