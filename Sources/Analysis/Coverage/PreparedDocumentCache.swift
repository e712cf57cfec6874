import Synchronization

/// A document prepared for analysis, of whichever kind it is.
enum PreparedDocument: Sendable {
    case jobDescription(PreparedJobDescription)
    case cv(PreparedCV)
    case transcript(PreparedTranscript)
}

/// Prepared documents keyed by path, kind and text, so that re-analysing a session after one edit
/// only re-parses the document that changed.
final class PreparedDocumentCache: Sendable {
    private struct Key: Hashable {
        var path: String
        var kind: DocumentKind
        var text: String
    }

    private struct State {
        var entries: [Key: (document: PreparedDocument, lastUse: Int)] = [:]
        /// Turns and CV entries by text: appending a turn re-prepares only that turn.
        var blocks: [String: (block: PreparedBlock, lastUse: Int)] = [:]
        var generation = 0
    }

    private let state = Mutex(State())
    /// Entries unused for this many analyses are dropped, at the next sweep.
    private let retention = 8

    /// The prepared form of `document`, made with `prepare` when not cached.
    func document(for document: SessionDocument, prepare: () -> PreparedDocument) -> PreparedDocument {
        let key = Key(path: document.path, kind: document.kind, text: document.text.text)
        let cached: PreparedDocument? = state.withLock { state in
            // One lookup through the index: the key holds the whole text, and hashing it is not free.
            guard let found = state.entries.index(forKey: key) else { return nil }
            state.entries.values[found].lastUse = state.generation
            return state.entries.values[found].document
        }
        if let cached { return cached }
        // Prepared outside the lock: two analyses racing on the same text both compute the same value.
        let prepared = prepare()
        state.withLock { state in state.entries[key] = (prepared, state.generation) }
        return prepared
    }

    /// Blocks for `texts`, prepared with `prepare` where not cached.
    func blocks(for texts: [String?], prepare: (String) -> PreparedBlock) -> [PreparedBlock?] {
        var result: [PreparedBlock?] = state.withLock { state in
            texts.map { text in
                guard let text, let found = state.blocks.index(forKey: text) else { return nil }
                state.blocks.values[found].lastUse = state.generation
                return state.blocks.values[found].block
            }
        }
        var fresh: [(String, PreparedBlock)] = []
        for (index, text) in texts.enumerated() where result[index] == nil {
            guard let text else { continue }
            let block = prepare(text)
            result[index] = block
            fresh.append((text, block))
        }
        if !fresh.isEmpty {
            state.withLock { state in
                for (text, block) in fresh { state.blocks[text] = (block, state.generation) }
            }
        }
        return result
    }

    /// Marks the end of one analysis and forgets documents not seen for a while.
    func endAnalysis() {
        state.withLock { state in
            state.generation += 1
            // Sweeps every `retention` analyses rather than after each: visiting the entries copies each
            // cached block (5% of re-analysing a long transcript), and an entry lives at most twice as long.
            guard state.generation % retention == 0 else { return }
            let oldest = state.generation - retention
            // Removes the few stale entries in place: `filter` would copy every live entry into a new
            // dictionary after each analysis (a 60 KB transcript has hundreds of cached turns).
            let staleEntries = state.entries.compactMap { $0.value.lastUse < oldest ? $0.key : nil }
            for key in staleEntries { state.entries.removeValue(forKey: key) }
            let staleBlocks = state.blocks.compactMap { $0.value.lastUse < oldest ? $0.key : nil }
            for key in staleBlocks { state.blocks.removeValue(forKey: key) }
        }
    }
}
