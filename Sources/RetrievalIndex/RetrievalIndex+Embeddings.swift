extension RetrievalIndex {
    /// Stores a batch of vectors for `model` in one transaction (an embeddings response at a time). Blocking.
    public func storeEmbeddings(_ vectors: [(contentHash: String, vector: [Float])], model: String) throws {
        try modifyingDatabase { database in
            try database.transaction {
                let statement = try database.prepare("""
                    INSERT OR REPLACE INTO embeddings(content_hash, model, dims, vector) VALUES (?1, ?2, ?3, ?4)
                    """)
                for (contentHash, vector) in vectors {
                    try statement.bind(contentHash, at: 1)
                    try statement.bind(model, at: 2)
                    try statement.bind(vector.count, at: 3)
                    try statement.bind(vector, at: 4)
                    try statement.step()
                    statement.reset()
                }
            }
        }
    }

    /// Distinct chunk texts that have no `model` vector yet, in index order; identical texts are listed once. Blocking.
    public func chunksMissingEmbeddings(model: String, limit: Int = Int.max) throws -> [UnembeddedChunk] {
        try withDatabase { database in
            let statement = try database.prepare("""
                SELECT c.content_hash, c.text FROM chunks c
                WHERE NOT EXISTS (SELECT 1 FROM embeddings e WHERE e.content_hash = c.content_hash AND e.model = ?1)
                GROUP BY c.content_hash ORDER BY min(c.id) LIMIT ?2
                """)
            try statement.bind(model, at: 1)
            try statement.bind(Int64(clamping: limit), at: 2)
            var missing: [UnembeddedChunk] = []
            while try statement.step() {
                missing.append(UnembeddedChunk(contentHash: statement.string(at: 0), text: statement.string(at: 1)))
            }
            return missing
        }
    }
}
