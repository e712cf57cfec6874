import Logging
import ModelClient
import RetrievalIndex
import Synchronization

/// Embeds a session's chunks that have no vector yet for the embedding model, in the background.
///
/// One run at a time per session: a request while a run is going marks it to look again when it finishes,
/// so no chunk is sent twice. Vectors are stored by content hash and model, so text already embedded (in this
/// run, an earlier one, or an earlier server) is never sent again. A provider failure ends the run; the next
/// index update tries again.
public final class EmbeddingBackfill: Sendable {
    private struct State {
        var running: Task<Void, Never>?
        /// Identifies the live run, so a cancelled run finishing late does not clear its successor.
        var run = 0
        var again = false
    }

    /// Chunks per embeddings request and per SQLite transaction.
    static let batchSize = ModelClient.embeddingBatchSize

    private let state = Mutex(State())
    private let log: Logger

    /// A backfill that logs its progress and failures to `log`.
    public init(log: Logger) {
        self.log = log
    }

    /// Starts a run for `index` with `client`, or asks the current run to look again when it is done.
    public func schedule(index: RetrievalIndex, client: ModelClient, store: ModelResponseStore?) {
        state.withLock { state in
            guard state.running == nil else {
                state.again = true
                return
            }
            state.run += 1
            let id = state.run
            state.running = Task.detached { [self] in
                repeat {
                    await run(index: index, client: client, store: store)
                } while lookAgain(run: id)
            }
        }
    }

    /// After a run: true (and the flag cleared) when another was asked for meanwhile, else the run is over.
    private func lookAgain(run id: Int) -> Bool {
        state.withLock { state in
            guard state.run == id else { return false }
            if state.again, !Task.isCancelled {
                state.again = false
                return true
            }
            state.running = nil
            state.again = false
            return false
        }
    }

    /// Stops the current run (the transfer in flight is aborted).
    public func cancel() {
        state.withLock { state in
            state.running?.cancel()
            state.running = nil
            state.run += 1
            state.again = false
        }
    }

    /// The current run, for tests and shutdown.
    public func settled() async {
        while let task = state.withLock({ $0.running }) { await task.value }
    }

    private func run(index: RetrievalIndex, client: ModelClient, store: ModelResponseStore?) async {
        let model = client.settings.embeddingModel
        var sent: Set<String> = []
        var embedded = 0
        while !Task.isCancelled {
            let batch: [UnembeddedChunk]
            do {
                batch = try await index.perform { try $0.chunksMissingEmbeddings(model: model, limit: Self.batchSize) }
                    .filter { !sent.contains($0.contentHash) }
            } catch {
                log.info("embeddings: could not read the index: \(error)")
                return
            }
            guard !batch.isEmpty else { break }
            sent.formUnion(batch.map(\.contentHash))
            do {
                let result = try await client.embedReportingUsage(batch.map(\.text))
                let pairs = zip(batch, result.vectors).filter { !$0.1.isEmpty }.map { ($0.0.contentHash, $0.1) }
                try await index.perform { try $0.storeEmbeddings(pairs, model: model) }
                embedded += pairs.count
                if let usage = result.usage, let store {
                    await store.record(UsageRecord(model: model, kind: ModelPurpose.embeddings.rawValue,
                                                   promptTokens: usage.promptTokens, completionTokens: 0))
                }
            } catch is CancellationError {
                return
            } catch {
                log.info("embeddings: \(error); semantic retrieval waits for the next index update")
                return
            }
        }
        if embedded > 0 { log.info("embeddings: \(embedded) passages embedded with \(model)") }
    }
}
