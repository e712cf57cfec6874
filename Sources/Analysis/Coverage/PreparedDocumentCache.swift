import Synchronization

/// A document prepared for analysis, of whichever kind it is.
enum PreparedDocument: Sendable {
    case jobDescription(PreparedJobDescription)
    case cv(PreparedCV)
    case transcript(PreparedTranscript)
}

/// Prepared documents keyed by session, path, kind and text, so that re-analysing a session after one edit
/// only re-parses the document that changed.
final class PreparedDocumentCache: Sendable {
    /// Documents are looked up by session, path and kind, then compared by text: hashing a 60 KB transcript
    /// on every analysis cost more than the rest of re-analysis. Only the latest version of each is kept:
    /// an older one of a 10 MB transcript held its text, turns and arrays, and every append made another.
    private struct Key: Hashable {
        var root: String
        var path: String
        var kind: DocumentKind
    }

    /// A block's text, and whether it was prepared as a turn (`PreparedBlock.init(text:matcher:isTurn:)`).
    private struct BlockKey: Hashable {
        var text: String
        var isTurn: Bool
    }

    private struct Version {
        var text: String
        var document: PreparedDocument
        var lastUse: Int
    }

    private struct State {
        var entries: [Key: Version] = [:]
        /// Turns and CV entries by text: appending a turn re-prepares only that turn.
        var blocks: [BlockKey: (block: PreparedBlock, lastUse: Int)] = [:]
        var generation = 0
    }

    private let state = Mutex(State())
    /// Entries unused for this many analyses are dropped, at the next sweep.
    private let retention = 8

    /// The prepared form of `document` of the session at `root`, made with `prepare` when not cached.
    func document(for document: SessionDocument, root: String, prepare: () -> PreparedDocument) -> PreparedDocument {
        let key = Key(root: root, path: document.path, kind: document.kind)
        let text = document.text.text
        let cached: PreparedDocument? = state.withLock { state in
            guard let version = state.entries[key], Self.same(version.text, text) else { return nil }
            state.entries[key]!.lastUse = state.generation
            return version.document
        }
        if let cached { return cached }
        // Prepared outside the lock: two analyses racing on the same text both compute the same value.
        let prepared = prepare()
        state.withLock { state in
            state.entries[key] = Version(text: text, document: prepared, lastUse: state.generation)
        }
        return prepared
    }

    /// Byte equality: a shared buffer compares at once, another one by memcmp rather than by Unicode rules.
    private static func same(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && lhs.utf8.elementsEqual(rhs.utf8)
    }

    /// Blocks for `texts` (turns when `areTurns`), prepared with `prepare` where not cached.
    func blocks(for texts: [String?], areTurns: Bool, prepare: @Sendable (String) -> PreparedBlock) -> [PreparedBlock?] {
        var result: [PreparedBlock?] = state.withLock { state in
            texts.map { text in
                guard let text, let found = state.blocks.index(forKey: BlockKey(text: text, isTurn: areTurns)) else { return nil }
                state.blocks.values[found].lastUse = state.generation
                return state.blocks.values[found].block
            }
        }
        // The missing ones on every core when there are thousands (a 4 MB CV, a 10 MB transcript opened).
        let missing = texts.indices.compactMap { index in result[index] == nil ? texts[index] : nil }
        let made = ParallelMap.map(missing.count, minimumChunk: 1024) { prepare(missing[$0]) }
        var fresh: [(String, PreparedBlock)] = []
        var next = made.makeIterator()
        for (index, text) in texts.enumerated() where result[index] == nil {
            guard let text, let block = next.next() else { continue }
            result[index] = block
            fresh.append((text, block))
        }
        if !fresh.isEmpty {
            state.withLock { state in
                for (text, block) in fresh { state.blocks[BlockKey(text: text, isTurn: areTurns)] = (block, state.generation) }
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
            // Removed in place: rebuilding the tables would rehash every key on every analysis.
            for key in state.entries.keys where state.entries[key]!.lastUse < oldest {
                state.entries.removeValue(forKey: key)
            }
            let stale = state.blocks.compactMap { $0.value.lastUse < oldest ? $0.key : nil }
            for key in stale { state.blocks.removeValue(forKey: key) }
        }
    }
}
