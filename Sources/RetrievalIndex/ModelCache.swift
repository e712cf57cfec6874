import FoundationEssentials

/// Model responses kept in the session's index file, so a repeated request costs nothing.
///
/// Keyed by model and the SHA-256 of the request body as sent (after redaction); holds the response text only,
/// never a header or the API key. The table lives beside the chunks and goes when the index is rebuilt.
extension RetrievalIndex {
    static let modelCacheSchema = """
        CREATE TABLE IF NOT EXISTS model_cache(
            model TEXT NOT NULL,
            request_hash TEXT NOT NULL,
            response TEXT NOT NULL,
            created_at REAL NOT NULL,
            PRIMARY KEY(model, request_hash)
        ) WITHOUT ROWID;
        """

    /// The stored response to the request with `requestHash` for `model`, if any. Blocking.
    public func cachedResponse(model: String, requestHash: RequestHash) throws -> String? {
        try withDatabase { database in
            try database.execute(Self.modelCacheSchema)
            let statement = try database.prepare("SELECT response FROM model_cache WHERE model = ?1 AND request_hash = ?2")
            try statement.bind(model, at: 1)
            try statement.bind(requestHash.description, at: 2)
            return try statement.step() ? statement.string(at: 0) : nil
        }
    }

    /// Stores `response` for the request with `requestHash` to `model`, replacing an older one. Blocking.
    public func storeResponse(_ response: String, model: String, requestHash: RequestHash, at date: Date = Date()) throws {
        try withDatabase { database in
            try database.execute(Self.modelCacheSchema)
            let statement = try database.prepare("""
                INSERT OR REPLACE INTO model_cache(model, request_hash, response, created_at) VALUES (?1, ?2, ?3, ?4)
                """)
            try statement.bind(model, at: 1)
            try statement.bind(requestHash.description, at: 2)
            try statement.bind(response, at: 3)
            try statement.bind(date.timeIntervalSince1970, at: 4)
            try statement.step()
        }
    }

    /// How many responses are cached. Blocking.
    public func cachedResponseCount() throws -> Int {
        try withDatabase { database in
            try database.execute(Self.modelCacheSchema)
            return Int(try database.scalarText("SELECT count(*) FROM model_cache") ?? "0") ?? 0
        }
    }
}
