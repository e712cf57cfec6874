import Synchronization

/// Blocking jobs run one at a time, in the order they were given, each through `BlockingWork`: for work
/// whose order matters (a session's index updates, where a newer edit must be written after an older one).
public final class BlockingLane: Sendable {
    /// The last job given, which the next one waits for.
    private let last = Mutex<Task<Void, Never>?>(nil)

    /// An empty lane.
    public init() {}

    /// The result of `body`, run off the cooperative pool once every job given before it has finished.
    public func run<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        let job = last.withLock { last in
            let previous = last
            let job = Task { () -> T in
                await previous?.value
                return await BlockingWork.run(body)
            }
            last = Task { _ = await job.value }
            return job
        }
        return await job.value
    }
}
