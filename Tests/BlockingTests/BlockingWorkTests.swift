import Blocking
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization
import Testing

private struct Refusal: Error, Equatable {}

@Test func aJobsErrorReachesTheTaskAwaitingIt() async {
    await #expect(throws: Refusal.self) {
        try await BlockingWork.run { () throws(Refusal) -> Int in throw Refusal() }
    }
}

@Test func jobsGivenToALaneNeverRunAtTheSameTime() async {
    let lane = BlockingLane()
    let running = Overlap()
    await withTaskGroup(of: Void.self) { group in
        for _ in 0..<16 {
            group.addTask {
                await lane.run {
                    running.count.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                    usleep(2000)
                    running.count.withLock { $0.now -= 1 }
                }
            }
        }
    }
    #expect(running.count.withLock { $0.most } == 1)
}

/// How many jobs run now, and the most that ever ran at once.
private final class Overlap: Sendable {
    let count = Mutex((now: 0, most: 0))
}
