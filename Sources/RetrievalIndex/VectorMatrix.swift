import Analysis

/// The stored vectors of one model, L2-normalized into one contiguous buffer so that a query costs one
/// dot product per chunk. Loaded on the first hybrid search and dropped whenever chunks or vectors change.
struct VectorMatrix {
    let model: String
    let dimensions: Int
    private(set) var ids: [Int64] = []
    private(set) var kinds: [DocumentKind] = []
    private(set) var values: [Float] = []

    /// Reads every chunk that has a `model` vector of `dimensions` values.
    init(model: String, dimensions: Int, from database: SQLiteDatabase) throws {
        self.model = model
        self.dimensions = dimensions
        let statement = try database.prepare("""
            SELECT c.id, c.kind, e.vector FROM chunks c
            JOIN embeddings e ON e.content_hash = c.content_hash AND e.model = ?1
            WHERE e.dims = ?2 ORDER BY c.id
            """)
        try statement.bind(model, at: 1)
        try statement.bind(dimensions, at: 2)
        while try statement.step() {
            let vector = statement.floats(at: 2)
            guard vector.count == dimensions else { continue }
            ids.append(statement.int64(at: 0))
            kinds.append(DocumentKind(rawValue: statement.string(at: 1)) ?? .other)
            values += Self.normalized(vector)
        }
    }

    var isEmpty: Bool { ids.isEmpty }

    /// Chunk ids by cosine similarity to `query`, best first (ties by id), at most `limit`.
    func ranking(for query: [Float], limit: Int, kinds allowed: Set<DocumentKind>?) -> [Int64] {
        guard query.count == dimensions, !ids.isEmpty else { return [] }
        let unit = Self.normalized(query)
        var scored: [(id: Int64, similarity: Float)] = []
        scored.reserveCapacity(ids.count)
        values.withUnsafeBufferPointer { values in
            unit.withUnsafeBufferPointer { unit in
                for row in ids.indices {
                    if let allowed, !allowed.contains(kinds[row]) { continue }
                    let base = row * dimensions
                    var dot: Float = 0
                    for column in 0..<dimensions { dot += values[base + column] * unit[column] }
                    scored.append((ids[row], dot))
                }
            }
        }
        scored.sort { $0.similarity != $1.similarity ? $0.similarity > $1.similarity : $0.id < $1.id }
        return scored.prefix(limit).map(\.id)
    }

    /// `vector` scaled to length 1; a zero vector stays zero (similarity 0 with everything).
    private static func normalized(_ vector: [Float]) -> [Float] {
        let norm = vector.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? vector.map { $0 / norm } : vector
    }
}
