import Foundation
import JSON
import StandinSupport
import Testing
@testable import ModelClient

@Suite struct FaultTests {
    /// Fast backoff so retry tests do not wait for production delays; Retry-After is still honoured as sent.
    static let quickRetries = RetryPolicy(base: 0.05, maximumBackoff: 0.2, maximumRetryAfter: 30)

    @Test func rateLimitIsRetriedAfterTheServersRetryAfter() async throws {
        let server = try Standin()
        try await server.fault("429:1", count: 1)
        let client = ModelClient(settings: server.settings(maxRetries: 2), logger: .silent, retryPolicy: Self.quickRetries)
        let started = ContinuousClock.now
        let completion = try await client.chat(messages: [.user("hi")])
        let elapsed = started.duration(to: .now)
        #expect(!completion.text.isEmpty)
        let requests = try await server.requests()
        #expect(requests.count == 2)
        let gap = (requests[1]["time"]?.doubleValue ?? 0) - (requests[0]["time"]?.doubleValue ?? 0)
        #expect(gap >= 0.95)
        #expect(elapsed >= .milliseconds(1000))
    }

    @Test func serverErrorsAreRetriedUntilSuccess() async throws {
        let server = try Standin()
        try await server.fault("500", count: 2)
        let client = ModelClient(settings: server.settings(maxRetries: 2), logger: .silent, retryPolicy: Self.quickRetries)
        let completion = try await client.chat(messages: [.user("hi")]) { _ in }
        #expect(!completion.text.isEmpty)
        #expect(try await server.requests().count == 3)
    }

    @Test func retriesStopAtMaxRetriesWithTheLastError() async throws {
        let server = try Standin()
        try await server.fault("503", count: 10)
        let client = ModelClient(settings: server.settings(maxRetries: 2), logger: .silent, retryPolicy: Self.quickRetries)
        await #expect(throws: ModelError.httpStatus(code: 503, message: "stand-in fault: HTTP 503")) {
            try await client.chat(messages: [.user("hi")])
        }
        #expect(try await server.requests().count == 3)
    }

    @Test func badRequestIsNotRetried() async throws {
        let server = try Standin()
        try await server.fault("400", count: 5)
        let client = ModelClient(settings: server.settings(maxRetries: 3), logger: .silent, retryPolicy: Self.quickRetries)
        do {
            _ = try await client.chat(messages: [.user("hi")])
            Issue.record("expected a 400 error")
        } catch let error as ModelError {
            guard case .httpStatus(400, _) = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.contains("HTTP 400"))
        }
        #expect(try await server.requests().count == 1)
    }

    @Test func slowServerEndsInATimeoutWithinTheTotalTimeout() async throws {
        let server = try Standin()
        try await server.fault("slow:5000", count: 3)
        var settings = server.settings(maxRetries: 2)
        settings.totalTimeout = 0.5
        let client = ModelClient(settings: settings)
        let started = ContinuousClock.now
        await #expect(throws: ModelError.timedOut(seconds: 0.5)) {
            try await client.chat(messages: [.user("hi")])
        }
        // A slow but connected server is not retried: the total timeout bounds the wait.
        #expect(started.duration(to: .now) < .milliseconds(1500))
        #expect(try await server.requests().count == 1)
    }

    @Test func brokenStreamReportsThePartialAnswer() async throws {
        let server = try Standin()
        let content = "The candidate has shipped Go services for five years and ran EKS."
        try await server.configure(["chat_content": .string(content), "chunk_size": 6])
        try await server.fault("cut-stream")
        let client = ModelClient(settings: server.settings(maxRetries: 2))
        let collector = DeltaCollector()
        do {
            _ = try await client.chat(messages: [.user("hi")]) { collector.append($0) }
            Issue.record("expected the stream to break")
        } catch ModelError.streamInterrupted(let partial, _) {
            #expect(!partial.isEmpty)
            #expect(content.hasPrefix(partial))
            #expect(partial.count < content.count)
            #expect(collector.deltas.joined() == partial)
        }
        #expect(try await server.requests().count == 1)
    }

    @Test func malformedStreamIsAnErrorNotACrash() async throws {
        let server = try Standin()
        try await server.fault("malformed-sse")
        let client = ModelClient(settings: server.settings())
        await #expect(throws: ModelError.malformedResponse("a stream event was not valid JSON")) {
            try await client.chat(messages: [.user("hi")]) { _ in }
        }
    }

    @Test func connectionResetIsAConnectionError() async throws {
        let server = try Standin()
        try await server.fault("reset")
        let client = ModelClient(settings: server.settings())
        do {
            _ = try await client.chat(messages: [.user("hi")])
            Issue.record("expected a connection error")
        } catch let error as ModelError {
            guard case .connectionFailed = error else { Issue.record("unexpected \(error)"); return }
            #expect(error.description.hasPrefix("Could not reach the model server"))
        }
    }

    @Test func connectionResetIsRetried() async throws {
        let server = try Standin()
        try await server.fault("reset")
        let client = ModelClient(settings: server.settings(maxRetries: 1), logger: .silent, retryPolicy: Self.quickRetries)
        let completion = try await client.chat(messages: [.user("hi")])
        #expect(!completion.text.isEmpty)
        #expect(try await server.requests().count == 2)
    }

    @Test func nothingListeningIsAConnectionError() async throws {
        let port: Int
        do {
            let server = try Standin()
            port = server.port
            server.stop()
        }
        let client = ModelClient(settings: ModelSettings(baseURL: "http://127.0.0.1:\(port)/v1", apiKey: "k", maxRetries: 0))
        await #expect(throws: ModelError.self) { try await client.embed(["x"]) }
    }
}
