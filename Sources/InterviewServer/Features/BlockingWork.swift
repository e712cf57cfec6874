import Dispatch

/// Runs blocking work (SQLite reads, long CPU passes) on GCD threads, off Swift's cooperative pool and the actor.
enum BlockingWork {
    private static let queue = DispatchQueue(label: "interview-lsp.blocking-work", attributes: .concurrent)

    /// The result of `body`, run on a GCD worker thread.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            queue.async { continuation.resume(returning: body()) }
        }
    }
}
