import Analysis
import FoundationEssentials

extension RetrievalIndex {
    /// Makes the index match `documents`: re-chunks a document only when its text or kind changed,
    /// drops documents that are gone, all in one transaction. `progress` gets (documents written, documents to
    /// write) after each re-indexed document, for `$/progress` on large sessions. Blocking.
    public func update(documents: [SessionDocument],
                       progress: (_ completed: Int, _ total: Int) -> Void = { _, _ in }) throws -> IndexUpdateStats {
        var latest: [String: SessionDocument] = [:]
        for document in documents { latest[document.path] = document }
        let hashes = latest.mapValues { ContentHash($0.text.text).description }
        // Parse and chunk outside the lock, so hover and search lookups are not held up by a large re-index.
        let stored = try withDatabaseRebuildingOnCorruption(Self.storedDocuments(in:))
        let stale = latest.keys.sorted().filter { path in
            guard let document = latest[path], let hash = hashes[path] else { return false }
            return !Self.isCurrent(document, hash: hash, stored: stored[path])
        }
        let chunked = Dictionary(uniqueKeysWithValues: zip(stale, Self.chunks(for: stale.compactMap { latest[$0] })))
        return try withDatabaseRebuildingOnCorruption { database in
            let stats = try Self.apply(latest, hashes: hashes, chunked: chunked, to: database, progress: progress)
            // The bulk write filled the page cache (up to 64 MB, see IndexDatabaseOpener); searches do not need
            // those pages kept, and a long-running server would hold them for the whole session.
            if stats.chunksWritten > 0 { try database.execute("PRAGMA shrink_memory") }
            return stats
        }
    }

    /// Chunks of each document, parsed in parallel (parsing dominates indexing).
    private static func chunks(for documents: [SessionDocument]) -> [[ChunkDraft]] {
        ParallelMap.map(documents.count) { Chunker.chunks(for: documents[$0]) }
    }

    private struct Stored {
        var kind: String
        var hash: String
    }

    private static func storedDocuments(in database: SQLiteDatabase) throws -> [String: Stored] {
        var stored: [String: Stored] = [:]
        let select = try database.prepare("SELECT path, kind, content_hash FROM documents")
        while try select.step() {
            stored[select.string(at: 0)] = Stored(kind: select.string(at: 1), hash: select.string(at: 2))
        }
        return stored
    }

    private static func isCurrent(_ document: SessionDocument, hash: String, stored: Stored?) -> Bool {
        stored?.hash == hash && stored?.kind == document.kind.rawValue
    }

    /// Writes the changes. The stored state is read again under the lock: another update may have run since
    /// `chunked` was computed, and a document missing from it (e.g. after a rebuild) is chunked here.
    private static func apply(_ documents: [String: SessionDocument], hashes: [String: String],
                              chunked: [String: [ChunkDraft]], to database: SQLiteDatabase,
                              progress: (Int, Int) -> Void) throws -> IndexUpdateStats {
        var plan = UpdatePlan(documents, hashes: hashes, chunked: chunked, stored: try storedDocuments(in: database))
        guard !plan.changes.isEmpty || !plan.removed.isEmpty else { return plan.stats }

        let now = Date().timeIntervalSince1970
        try database.transaction {
            try deleteRows(chunksOf: plan.removed + plan.changes.map(\.document.path), documents: plan.removed, in: database)
            // Read after the deletes: new rows take max(id) + 1 of what remains.
            let firstNewID = Int64(try database.scalarText("SELECT coalesce(max(id), 0) + 1 FROM chunks") ?? "1") ?? 1
            plan.stats.chunksWritten = try insertRows(plan.changes, indexedAt: now, in: database, progress: progress)
            try indexChunks(from: firstNewID, in: database)
            try dropUnusedEmbeddings(in: database)
        }
        return plan.stats
    }

    /// What an update writes: each new or changed document with its chunks, and the paths that are gone.
    private struct UpdatePlan {
        struct Change {
            let document: SessionDocument
            let hash: String
            let chunks: [ChunkDraft]
        }

        var stats = IndexUpdateStats()
        private(set) var changes: [Change] = []
        let removed: [String]

        init(_ documents: [String: SessionDocument], hashes: [String: String], chunked: [String: [ChunkDraft]],
             stored: [String: Stored]) {
            for path in documents.keys.sorted() {
                guard let document = documents[path], let hash = hashes[path] else { continue }
                if isCurrent(document, hash: hash, stored: stored[path]) {
                    stats.unchanged += 1
                    continue
                }
                if stored[path] == nil { stats.added += 1 } else { stats.updated += 1 }
                changes.append(Change(document: document, hash: hash, chunks: chunked[path] ?? Chunker.chunks(for: document)))
            }
            removed = stored.keys.filter { documents[$0] == nil }.sorted()
            stats.removed = removed.count
        }
    }

    /// Deletes the chunks of `paths` with their full-text rows, then the document rows of `documents`.
    private static func deleteRows(chunksOf paths: [String], documents: [String], in database: SQLiteDatabase) throws {
        // An external-content FTS row is deleted by handing FTS5 the values it indexed.
        let unindex = try database.prepare("""
            INSERT INTO chunks_fts(chunks_fts, rowid, text, kind)
            SELECT 'delete', id, text, kind FROM chunks WHERE path = ?1
            """)
        let deleteChunks = try database.prepare("DELETE FROM chunks WHERE path = ?1")
        let deleteDocument = try database.prepare("DELETE FROM documents WHERE path = ?1")
        for path in paths {
            for statement in [unindex, deleteChunks] {
                try statement.run(binding: path)
            }
        }
        for path in documents {
            try deleteDocument.run(binding: path)
        }
    }

    /// Inserts the chunks and the document row of each change, reporting progress after each document;
    /// returns the number of chunks written.
    private static func insertRows(_ changes: [UpdatePlan.Change], indexedAt now: Double, in database: SQLiteDatabase,
                                   progress: (Int, Int) -> Void) throws -> Int {
        let insertChunk = try database.prepare("""
            INSERT INTO chunks(path, kind, chunk_kind, start_line, start_char, end_line, end_char,
                               text, speaker, speaker_role, timestamp, content_hash)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """)
        let upsertDocument = try database.prepare("""
            INSERT OR REPLACE INTO documents(path, kind, content_hash, indexed_at) VALUES (?1, ?2, ?3, ?4)
            """)
        var written = 0
        for (offset, change) in changes.enumerated() {
            for chunk in change.chunks {
                try bind(chunk, of: change.document, to: insertChunk)
                try insertChunk.step()
                insertChunk.reset()
            }
            written += change.chunks.count
            try upsertDocument.bind(change.document.path, at: 1)
            try upsertDocument.bind(change.document.kind.rawValue, at: 2)
            try upsertDocument.bind(change.hash, at: 3)
            try upsertDocument.bind(now, at: 4)
            try upsertDocument.step()
            upsertDocument.reset()
            progress(offset + 1, changes.count)
        }
        return written
    }

    /// Binds the parameters of the chunk insert.
    private static func bind(_ chunk: ChunkDraft, of document: SessionDocument, to insertChunk: SQLiteStatement) throws {
        try insertChunk.bind(document.path, at: 1)
        try insertChunk.bind(document.kind.rawValue, at: 2)
        try insertChunk.bind(chunk.kind.rawValue, at: 3)
        try insertChunk.bind(chunk.range.start.line, at: 4)
        try insertChunk.bind(chunk.range.start.character, at: 5)
        try insertChunk.bind(chunk.range.end.line, at: 6)
        try insertChunk.bind(chunk.range.end.character, at: 7)
        try insertChunk.bind(chunk.text, at: 8)
        try insertChunk.bind(chunk.speaker, at: 9)
        try insertChunk.bind(chunk.speakerRole?.rawValue, at: 10)
        try insertChunk.bind(chunk.timestamp, at: 11)
        try insertChunk.bind(ContentHash(chunk.text).description, at: 12)
    }

    /// Adds the chunks from `firstNewID` on to the full-text index.
    private static func indexChunks(from firstNewID: Int64, in database: SQLiteDatabase) throws {
        // New rows got ids above every older one: INTEGER PRIMARY KEY without AUTOINCREMENT takes max + 1.
        let indexNewChunks = try database.prepare("""
            INSERT INTO chunks_fts(rowid, text, kind) SELECT id, text, kind FROM chunks WHERE id >= ?1
            """)
        try indexNewChunks.bind(firstNewID, at: 1)
        try indexNewChunks.step()
    }

    /// Vectors of text that no longer occurs anywhere in the session go with it.
    private static func dropUnusedEmbeddings(in database: SQLiteDatabase) throws {
        // NOT IN builds one transient index over chunk hashes, cheaper than keeping a permanent one up to date
        // on every insert.
        if try database.scalarText("SELECT EXISTS (SELECT 1 FROM embeddings)") == "1" {
            try database.execute("DELETE FROM embeddings WHERE content_hash NOT IN (SELECT content_hash FROM chunks)")
        }
    }
}

private extension SQLiteStatement {
    /// Runs the statement with `path` as its one parameter, then readies it to run again.
    func run(binding path: String) throws {
        try bind(path, at: 1)
        try step()
        reset()
    }
}
