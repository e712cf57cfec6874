import Analysis

/// The index's tables. The document kind is an FTS column too, so a kind filter narrows the match inside
/// FTS5 and `ORDER BY rank LIMIT n` never has to rank-and-join every match; its BM25 weight is 0.
/// `update` keeps the FTS table in step with INSERT ... SELECT rather than triggers: with a trigger FTS5
/// flushes its pending terms on every row, which measured six times slower.
/// Bump `version` whenever the tables or the chunking change: older files are rebuilt.
enum IndexSchema {
    static let version = "1"

    static let create = """
        CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE documents(
            path TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            indexed_at REAL
        );
        CREATE TABLE chunks(
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL,
            kind TEXT NOT NULL,
            chunk_kind TEXT NOT NULL,
            start_line INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_line INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            speaker TEXT,
            speaker_role TEXT,
            timestamp TEXT,
            content_hash TEXT NOT NULL
        );
        CREATE INDEX chunks_by_path ON chunks(path, start_line);
        CREATE VIRTUAL TABLE chunks_fts USING fts5(
            text, kind, content='chunks', content_rowid='id', tokenize='porter unicode61 remove_diacritics 2'
        );
        INSERT INTO chunks_fts(chunks_fts, rank) VALUES ('rank', 'bm25(1.0, 0.0)');
        CREATE TABLE embeddings(
            content_hash TEXT NOT NULL,
            model TEXT NOT NULL,
            dims INTEGER NOT NULL,
            vector BLOB NOT NULL,
            PRIMARY KEY(content_hash, model)
        ) WITHOUT ROWID;
        """

    /// The chunk columns in the order `IndexedChunk(row:)` reads them, qualified by the alias `c`.
    static let chunkColumns = """
        c.id, c.path, c.kind, c.chunk_kind, c.start_line, c.start_char, c.end_line, c.end_char, \
        c.text, c.speaker, c.speaker_role, c.timestamp, c.content_hash
        """
}

extension IndexedChunk {
    /// Reads a row selected with `IndexSchema.chunkColumns`, starting at column 0.
    init(row: SQLiteStatement) {
        let excerpt = SourceQuote(
            path: row.string(at: 1),
            kind: DocumentKind(rawValue: row.string(at: 2)) ?? .other,
            range: SourceRange(start: SourcePosition(line: row.int(at: 4), character: row.int(at: 5)),
                               end: SourcePosition(line: row.int(at: 6), character: row.int(at: 7))),
            text: row.string(at: 8),
            speaker: row.optionalString(at: 9),
            timestamp: row.optionalString(at: 11)
        )
        self.init(id: row.int64(at: 0), excerpt: excerpt, chunkKind: ChunkKind(rawValue: row.string(at: 3)) ?? .line,
                  speakerRole: row.optionalString(at: 10).flatMap(SpeakerRole.init(rawValue:)), contentHash: row.string(at: 12))
    }
}
