import Analysis
import Assistant
import Blocking
import LanguageServerProtocol
import Logging
import RetrievalIndex
import SessionSupport
import Synchronization

/// A session's retrieval index in the server: opened lazily and updated after each analysis in a
/// `BlockingLane` of its own (SQLite blocks: never on the cooperative pool or the actor); searched for chat.
final class SessionIndex: PassageSource {
    /// What an update would have to write: documents whose text or kind changed since the last update.
    struct Work: Sendable, Hashable {
        var documents = 0
        var bytes = 0
        var lines = 0

        /// Worth a progress report: more than 256 KB of text or about 200 chunks (lines) to write.
        var isLarge: Bool { bytes > 256 * 1024 || lines > 200 }
    }

    private struct State {
        var index: RetrievalIndex?
        var openFailed = false
        /// Digest of each document's text and kind as last handed to the index.
        var indexed: [String: Int] = [:]
        var newestRequested = 0
        /// The most recently started update, awaited by `settled()`.
        var latestUpdate: Task<Void, Never>?
    }

    let root: String
    private let location: IndexLocation
    private let lane = BlockingLane()
    private let state = Mutex(State())
    private let log: Logger
    /// Shows the user a message (the server's `window/showMessage`).
    private let warn: @Sendable (String) -> Void

    init(root: String, location: IndexLocation = IndexLocation(), log: Logger, warn: @escaping @Sendable (String) -> Void = { _ in }) {
        self.root = root
        self.location = location
        self.log = log
        self.warn = warn
    }

    /// The changed documents among `documents` (compared with the last update); cheap, no I/O.
    func pendingWork(for documents: [SessionDocument]) -> Work {
        let indexed = state.withLock { $0.indexed }
        var work = Work()
        for document in documents where indexed[document.path] != Self.digest(document) {
            work.documents += 1
            work.bytes += document.text.text.utf8.count
            work.lines += document.text.lines.count
        }
        if Set(documents.map(\.path)) != Set(indexed.keys) { work.documents = max(work.documents, 1) }
        return work
    }

    /// Records the task running the latest update, so that a search can wait for it.
    func track(_ update: Task<Void, Never>) {
        state.withLock { $0.latestUpdate = update }
    }

    /// Returns once the latest update has been written (older ones are written or skipped before it).
    func settled() async {
        await state.withLock { $0.latestUpdate }?.value
    }

    /// Brings the index up to date with `documents` (the session as analysed, open buffers included).
    /// Skipped when a newer generation was requested meanwhile: that update will write the newer text.
    func update(_ documents: [SessionDocument], generation: Int, progress: ProgressReporter?) async {
        state.withLock { $0.newestRequested = max($0.newestRequested, generation) }
        await lane.run {
            guard self.state.withLock({ $0.newestRequested == generation }) else {
                progress?.end(message: "Superseded by a newer edit")
                return
            }
            self.write(documents, progress: progress)
        }
    }

    private func write(_ documents: [SessionDocument], progress: ProgressReporter?) {
        guard let index = open() else {
            progress?.end(message: "The index could not be opened")
            return
        }
        do {
            let stats = try index.update(documents: documents) { completed, total in
                progress?.report(completed: completed, of: total, items: "documents")
            }
            var digests: [String: Int] = [:]
            for document in documents { digests[document.path] = Self.digest(document) }
            state.withLock { $0.indexed = digests }
            log.debug("indexed \(root): \(stats.added) added, \(stats.updated) updated, \(stats.removed) removed, \(stats.chunksWritten) chunks")
            progress?.end(message: "\(stats.chunksWritten) passages indexed")
            MemoryRelease.afterWork(on: documents)
        } catch {
            log.warn("could not update the retrieval index of \(root): \(error)")
            progress?.end(message: "Indexing failed")
        }
    }

    /// The index, opened on first use; nil (logged once) when it cannot be opened.
    private func open() -> RetrievalIndex? {
        let current = state.withLock { ($0.index, $0.openFailed) }
        if let index = current.0 { return index }
        guard !current.1 else { return nil }
        do {
            let log = self.log
            let index = try RetrievalIndex(sessionRoot: root, location: location, log: { log.info($0) })
            state.withLock { $0.index = index }
            if let notice = index.locationNotice { warn(notice) }
            return index
        } catch {
            log.warn("no retrieval index for \(root): \(error); chat answers without passages")
            state.withLock { $0.openFailed = true }
            return nil
        }
    }

    /// The index once the latest update is written, for the model's hybrid retrieval, cache and embeddings;
    /// nil before the first update or when the index cannot be opened.
    func retrievalIndex() async -> RetrievalIndex? {
        await settled()
        return state.withLock { $0.index }
    }

    /// Best passages first; none before the first update. Blocking.
    func passages(matching query: String, limit: Int) throws -> [Passage] {
        guard let index = state.withLock({ $0.index }) else { return [] }
        return try IndexPassages(index: index).passages(matching: query, limit: limit)
    }

    private static func digest(_ document: SessionDocument) -> Int {
        var hasher = Hasher()
        hasher.combine(document.kind)
        hasher.combine(document.text.text)
        return hasher.finalize()
    }
}
