/// Reciprocal rank fusion and cosine similarity for hybrid (BM25 + vector) retrieval.
public enum RankFusion {
    /// The RRF constant from Cormack et al.; it damps the weight of the very first ranks.
    public static let k = 60.0

    /// Fuses ranked lists of ids: each id scores the sum of 1 / (k + rank) over the lists (rank from 1).
    /// Ties keep the order of first appearance, so the result is deterministic.
    public static func fuse<ID: Hashable>(_ rankings: [[ID]]) -> [(id: ID, score: Double)] {
        var scores: [ID: Double] = [:]
        var order: [ID] = []
        for ranking in rankings {
            for (offset, id) in ranking.enumerated() {
                if scores[id] == nil { order.append(id) }
                scores[id, default: 0] += 1 / (k + Double(offset + 1))
            }
        }
        let firstSeen = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.map { (id: $0, score: scores[$0] ?? 0) }.sorted {
            $0.score != $1.score ? $0.score > $1.score : firstSeen[$0.id, default: 0] < firstSeen[$1.id, default: 0]
        }
    }

    /// Cosine similarity of two vectors of equal length; 0 when either is zero or the lengths differ.
    public static func cosine(_ a: [Float], _ b: [Float]) -> Double {
        guard a.count == b.count, !a.isEmpty else { return 0 }
        var dot: Float = 0
        var normA: Float = 0
        var normB: Float = 0
        // Unchecked buffers let the optimizer vectorize the loop; the counts were compared above.
        a.withUnsafeBufferPointer { a in
            b.withUnsafeBufferPointer { b in
                for index in 0..<a.count {
                    dot += a[index] * b[index]
                    normA += a[index] * a[index]
                    normB += b[index] * b[index]
                }
            }
        }
        guard normA > 0, normB > 0 else { return 0 }
        return Double(dot) / (Double(normA).squareRoot() * Double(normB).squareRoot())
    }
}
