import FoundationEssentials

/// One model request's token usage, as the provider reported it.
public struct UsageRecord: Sendable, Hashable {
    public var model: String
    /// What the request was for: `chat`, `question`, `judge`, `embeddings`, `transcription`.
    public var kind: String
    public var promptTokens: Int
    public var completionTokens: Int
    public var at: Date

    public init(model: String, kind: String, promptTokens: Int, completionTokens: Int, at: Date = Date()) {
        self.model = model
        self.kind = kind
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
        self.at = at
    }
}

/// Usage summed over a session for one model and kind.
public struct UsageTotal: Sendable, Hashable {
    public var model: String
    public var kind: String
    public var requests: Int
    public var promptTokens: Int
    public var completionTokens: Int

    public init(model: String, kind: String, requests: Int, promptTokens: Int, completionTokens: Int) {
        self.model = model
        self.kind = kind
        self.requests = requests
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    public var totalTokens: Int { promptTokens + completionTokens }
}

/// The session's record of tokens spent, kept in the index file beside the chunks.
extension RetrievalIndex {
    static let usageSchema = """
        CREATE TABLE IF NOT EXISTS usage(
            id INTEGER PRIMARY KEY,
            at REAL NOT NULL,
            model TEXT NOT NULL,
            kind TEXT NOT NULL,
            prompt_tokens INTEGER NOT NULL,
            completion_tokens INTEGER NOT NULL
        );
        """

    /// Appends one request's usage. Blocking.
    public func recordUsage(_ record: UsageRecord) throws {
        try withDatabase { database in
            try database.execute(Self.usageSchema)
            let statement = try database.prepare("""
                INSERT INTO usage(at, model, kind, prompt_tokens, completion_tokens) VALUES (?1, ?2, ?3, ?4, ?5)
                """)
            try statement.bind(record.at.timeIntervalSince1970, at: 1)
            try statement.bind(record.model, at: 2)
            try statement.bind(record.kind, at: 3)
            try statement.bind(record.promptTokens, at: 4)
            try statement.bind(record.completionTokens, at: 5)
            try statement.step()
        }
    }

    /// Totals per model and kind, sorted by model then kind. Blocking.
    public func usageTotals() throws -> [UsageTotal] {
        try withDatabase { database in
            try database.execute(Self.usageSchema)
            let statement = try database.prepare("""
                SELECT model, kind, count(*), sum(prompt_tokens), sum(completion_tokens) FROM usage
                GROUP BY model, kind ORDER BY model, kind
                """)
            var totals: [UsageTotal] = []
            while try statement.step() {
                totals.append(UsageTotal(model: statement.string(at: 0), kind: statement.string(at: 1),
                                         requests: statement.int(at: 2), promptTokens: statement.int(at: 3),
                                         completionTokens: statement.int(at: 4)))
            }
            return totals
        }
    }
}
