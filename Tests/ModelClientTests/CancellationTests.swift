import Foundation
import JSON
import StandinSupport
import Testing
@testable import ModelClient

@Suite struct CancellationTests {
    /// Starts `operation`, cancels it after `delay`, and returns how long the cancelled task took to finish.
    private func cancellationLatency(
        after delay: Duration, _ operation: @escaping @Sendable () async throws -> Void
    ) async throws -> (latency: Duration, error: (any Error)?) {
        let task = Task { try await operation() }
        try await Task.sleep(for: delay)
        let cancelled = ContinuousClock.now
        task.cancel()
        let result = await task.result
        let latency = cancelled.duration(to: .now)
        if case .failure(let error) = result { return (latency, error) }
        return (latency, nil)
    }

    @Test func cancellingWhileWaitingForTheServerAbortsPromptly() async throws {
        let server = try Standin()
        try await server.fault("slow:8000", count: 10)
        let client = ModelClient(settings: server.settings())
        var worst = Duration.zero
        for _ in 0..<5 {
            let (latency, error) = try await cancellationLatency(after: .milliseconds(200)) {
                _ = try await client.chat(messages: [.user("hi")])
            }
            #expect(error is CancellationError)
            worst = max(worst, latency)
        }
        print("cancellation latency while waiting for headers, worst of 5: \(worst)")
        #expect(worst < .seconds(1))
    }

    @Test func cancellingMidStreamAbortsPromptlyAndStopsDeltas() async throws {
        let server = try Standin()
        try await server.configure(["chunk_size": 4])
        try await server.fault("drip:300")
        let client = ModelClient(settings: server.settings())
        let collector = DeltaCollector()
        let (latency, error) = try await cancellationLatency(after: .milliseconds(800)) {
            _ = try await client.chat(messages: [.user("hi")]) { collector.append($0) }
        }
        print("cancellation latency mid-stream: \(latency)")
        #expect(error is CancellationError)
        #expect(latency < .seconds(1))
        let seen = collector.deltas.count
        #expect(seen > 0)
        try await Task.sleep(for: .milliseconds(700))
        #expect(collector.deltas.count == seen)
    }

    @Test func cancellingDuringRetryBackoffStopsRetrying() async throws {
        let server = try Standin()
        try await server.fault("429:20", count: 1)
        let client = ModelClient(settings: server.settings(maxRetries: 3))
        let (latency, error) = try await cancellationLatency(after: .milliseconds(400)) {
            _ = try await client.chat(messages: [.user("hi")])
        }
        #expect(error is CancellationError)
        #expect(latency < .seconds(1))
        #expect(try await server.requests().count == 1)
    }

    @Test func alreadyCancelledTaskSendsNothing() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.embed(["x"])
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        #expect(try await server.requests().isEmpty)
    }
}
