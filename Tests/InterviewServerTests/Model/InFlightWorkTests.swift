@testable import InterviewServer
import Synchronization
import Testing

/// A latch the test opens when it wants the work to finish.
private final class Gate: Sendable {
    private let state = Mutex<(open: Bool, waiting: [CheckedContinuation<Void, Never>])>((false, []))

    func wait() async {
        await withCheckedContinuation { continuation in
            let resume = state.withLock { state -> Bool in
                if state.open { return true }
                state.waiting.append(continuation)
                return false
            }
            if resume { continuation.resume() }
        }
    }

    func open() {
        let waiting = state.withLock { state in
            state.open = true
            defer { state.waiting = [] }
            return state.waiting
        }
        waiting.forEach { $0.resume() }
    }
}

/// Yields until `condition` holds (the other tasks get to run; no clock involved).
private func until(_ condition: () -> Bool) async {
    while !condition() { await Task.yield() }
}

@Test func callersAskingForTheSameKeyWhileItRunsShareOneRun() async {
    let work = InFlightWork<String, Int>()
    let runs = Mutex(0)
    let gate = Gate()
    let body: @Sendable () async -> Int = {
        runs.withLock { $0 += 1 }
        await gate.wait()
        return 42
    }

    let first = Task { await work.value(for: "erlang", body) }
    await until { runs.withLock { $0 } == 1 }
    let second = Task { await work.value(for: "erlang", body) }
    let other = Task { await work.value(for: "kafka", body) }
    await until { runs.withLock { $0 } == 2 }
    gate.open()

    #expect(await first.value == 42)
    #expect(await second.value == 42)
    #expect(await other.value == 42)
    #expect(runs.withLock { $0 } == 2, "one run for erlang, one for kafka")
    _ = await work.value(for: "erlang", body)
    #expect(runs.withLock { $0 } == 3, "a finished run is not reused")
}

@Test func theLastCallerToGiveUpCancelsTheRun() async {
    let work = InFlightWork<String, Bool>()
    let started = Mutex(false)
    let gate = Gate()
    let body: @Sendable () async -> Bool = {
        started.withLock { $0 = true }
        await withTaskCancellationHandler { await gate.wait() } onCancel: { gate.open() }
        return Task.isCancelled
    }

    let caller = Task { await work.value(for: "erlang", body) }
    await until { started.withLock { $0 } }
    caller.cancel()

    #expect(await caller.value, "the run saw the cancellation")
}
