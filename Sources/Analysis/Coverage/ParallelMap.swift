import Dispatch
import Synchronization

/// Maps over indices on every core, in chunks, keeping the order: for work that is large and splits evenly
/// (a JD of 100k bullets). Blocking; GCD worker threads, not the cooperative pool.
public enum ParallelMap {
    /// Enough chunks for the cores of the machines this runs on, and for one slow chunk not to leave them idle.
    private static let chunks = 16

    /// `transform` of each of `0..<count`, in order; on the calling thread alone when there are fewer than
    /// two chunks of `minimumChunk` indices.
    public static func map<T: Sendable>(_ count: Int, minimumChunk: Int = 1, _ transform: @Sendable (Int) -> T) -> [T] {
        mapChunks(count, minimumChunk: minimumChunk) { $0.map(transform) }
    }

    /// The results of `transform` on consecutive ranges that cover `0..<count`, joined in order: for work that
    /// shares state within a chunk.
    public static func mapChunks<T: Sendable>(_ count: Int, minimumChunk: Int = 1, _ transform: @Sendable (Range<Int>) -> [T]) -> [T] {
        let chunkCount = min(chunks, count / max(1, minimumChunk))
        guard chunkCount > 1 else { return transform(0..<count) }
        let chunkSize = (count + chunkCount - 1) / chunkCount
        let slots = Mutex([[T]](repeating: [], count: chunkCount))
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            // Rounded-up chunks can run out before the last ones (17 items: 9 chunks of 2 cover them): those get none.
            let values = transform(min(count, chunk * chunkSize)..<min(count, (chunk + 1) * chunkSize))
            slots.withLock { $0[chunk] = values }
        }
        return slots.withLock { $0.flatMap { $0 } }
    }
}
