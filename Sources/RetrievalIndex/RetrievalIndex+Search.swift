import Analysis

extension RetrievalIndex {
    /// The chunks that best match `query` by BM25, best first; user text never raises an FTS syntax error. Blocking.
    public func search(_ query: String, limit: Int = 10, kinds: Set<DocumentKind>? = nil) throws -> [SearchHit] {
        guard limit > 0, let match = FTSQuery.matchExpression(for: query) else { return [] }
        return try withDatabase { database in
            try Self.keywordHits(match: match, limit: limit, kinds: kinds, in: database)
        }
    }

    /// Hybrid search: BM25 and cosine rankings fused by reciprocal rank fusion (k = 60) when the index holds
    /// vectors of `model` with the query vector's dimensions; BM25 alone otherwise. Blocking.
    public func search(_ query: String, queryVector: [Float], model: String, limit: Int = 10,
                       kinds: Set<DocumentKind>? = nil) throws -> [SearchHit] {
        guard limit > 0 else { return [] }
        let match = FTSQuery.matchExpression(for: query)
        // Fusion needs more than `limit` from each list: a chunk ranked 15th by both may beat one ranked 1st by one.
        let depth = max(limit * 5, 50)
        return try withVectors(model: model, dimensions: queryVector.count) { database, vectors in
            let keyword = try match.map { try Self.keywordHits(match: $0, limit: depth, kinds: kinds, in: database) } ?? []
            let semantic = vectors.ranking(for: queryVector, limit: depth, kinds: kinds)
            guard !semantic.isEmpty else { return Array(keyword.prefix(limit)) }
            var chunks = Dictionary(uniqueKeysWithValues: keyword.map { ($0.chunk.id, $0.chunk) })
            let fused = RankFusion.fuse([keyword.map(\.chunk.id), semantic]).prefix(limit)
            let lookup = try database.prepare("SELECT \(IndexSchema.chunkColumns) FROM chunks c WHERE c.id = ?1")
            return try fused.compactMap { entry in
                if chunks[entry.id] == nil {
                    try lookup.bind(entry.id, at: 1)
                    if try lookup.step() { chunks[entry.id] = IndexedChunk(row: lookup) }
                    lookup.reset()
                }
                return chunks[entry.id].map { SearchHit(chunk: $0, score: entry.score) }
            }
        }
    }

    /// The chunks of `path` whose range covers `line`, narrowest first (for hover and go-to). Blocking.
    public func chunks(at path: String, line: Int) throws -> [IndexedChunk] {
        try withDatabase { database in
            let statement = try database.prepare("""
                SELECT \(IndexSchema.chunkColumns) FROM chunks c
                WHERE c.path = ?1 AND c.start_line <= ?2 AND c.end_line >= ?2
                ORDER BY c.end_line - c.start_line, c.start_line, c.start_char, c.id
                """)
            try statement.bind(path, at: 1)
            try statement.bind(line, at: 2)
            var chunks: [IndexedChunk] = []
            while try statement.step() { chunks.append(IndexedChunk(row: statement)) }
            return chunks
        }
    }

    /// Every chunk of `path` in document order. Blocking.
    public func chunks(inDocument path: String) throws -> [IndexedChunk] {
        try withDatabase { database in
            let statement = try database.prepare("""
                SELECT \(IndexSchema.chunkColumns) FROM chunks c WHERE c.path = ?1
                ORDER BY c.start_line, c.start_char, c.id
                """)
            try statement.bind(path, at: 1)
            var chunks: [IndexedChunk] = []
            while try statement.step() { chunks.append(IndexedChunk(row: statement)) }
            return chunks
        }
    }

    // MARK: Rankings

    private static func keywordHits(match: String, limit: Int, kinds: Set<DocumentKind>?,
                                    in database: SQLiteDatabase) throws -> [SearchHit] {
        var expression = "{text}: (\(match))"
        if let kinds {
            guard !kinds.isEmpty else { return [] }
            // Raw values of our own enum: plain words, safe to quote into the expression.
            expression += " AND {kind}: (" + kinds.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: " OR ") + ")"
        }
        let statement = try database.prepare("""
            SELECT \(IndexSchema.chunkColumns), ranked.rank
            FROM (SELECT rowid, rank FROM chunks_fts WHERE chunks_fts MATCH ?1 ORDER BY rank LIMIT ?2) AS ranked
            JOIN chunks c ON c.id = ranked.rowid
            ORDER BY ranked.rank, c.id
            """)
        try statement.bind(expression, at: 1)
        try statement.bind(limit, at: 2)
        var hits: [SearchHit] = []
        while try statement.step() {
            // rank is BM25, lower-is-better; negate so every score in the API is higher-is-better.
            hits.append(SearchHit(chunk: IndexedChunk(row: statement), score: -statement.double(at: 13)))
        }
        return hits
    }
}
