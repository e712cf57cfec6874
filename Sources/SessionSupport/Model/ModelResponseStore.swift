import JSON
import Logging
import RetrievalIndex

/// A session's response cache and usage log, in its index file; every call runs on the index's own queue.
public struct ModelResponseStore: Sendable {
    let index: RetrievalIndex
    let log: Logger

    /// The cached response to `request` for `model`, if any; a failing cache is a miss.
    func response(model: String, request: JSON) async -> String? {
        let hash = RequestHash(request.serializedBytes())
        do {
            return try await index.perform { try $0.cachedResponse(model: model, requestHash: hash) }
        } catch {
            log.info("model cache: lookup failed: \(error)")
            return nil
        }
    }

    /// Keeps `response` to `request` for `model`.
    func store(_ response: String, model: String, request: JSON) async {
        let hash = RequestHash(request.serializedBytes())
        do {
            try await index.perform { try $0.storeResponse(response, model: model, requestHash: hash) }
        } catch {
            log.info("model cache: store failed: \(error)")
        }
    }

    /// Records a request's usage and logs it with the session's running total for that model.
    func record(_ record: UsageRecord) async {
        do {
            let totals = try await index.perform { index in
                try index.recordUsage(record)
                return try index.usageTotals()
            }
            let sessionTokens = totals.filter { $0.model == record.model }.reduce(0) { $0 + $1.totalTokens }
            log.info("model usage: \(record.kind) on \(record.model): \(record.promptTokens) prompt + "
                + "\(record.completionTokens) completion tokens; \(sessionTokens) tokens on this model in this session")
        } catch {
            log.info("model usage: not recorded: \(error)")
        }
    }
}
