#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
@testable import InterviewServer
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import Synchronization
import Testing

/// A server-side connection and a client on the other ends of two pipes; the client answers
/// `window/workDoneProgress/create` with `answer` and keeps what it saw, in order, as "method token [kind]".
private final class ProgressClient: Sendable {
    let server: Connection
    private let seen = Seen()
    private let reader: Task<Void, Never>
    /// The write ends: closing them ends both connections' reader threads.
    private let writeEnds: [Int32]

    init(answer: @escaping @Sendable (JSON) async -> Result<JSON, ResponseError>) throws {
        var toServer: [Int32] = [0, 0]
        var toClient: [Int32] = [0, 0]
        guard pipe(&toServer) == 0, pipe(&toClient) == 0 else { throw POSIXError(.EMFILE) }
        let quiet = Logger(level: .error)
        server = Connection(input: toServer[0], output: toClient[1], logger: quiet)
        let client = Connection(input: toClient[0], output: toServer[1], logger: quiet)
        writeEnds = [toServer[1], toClient[1]]
        server.start()
        client.start()
        let seen = self.seen
        reader = Task {
            for await item in client.incoming {
                guard case .message(let message) = item else { continue }
                switch message {
                case .request(let request):
                    let token = request.params?["token"] ?? .null
                    seen.items.withLock { $0.append("create \(token)") }
                    let result = await answer(token)
                    client.send(Response(id: request.id, result: result))
                case .notification(let notification):
                    let params = notification.params
                    seen.items.withLock { $0.append("progress \(params?["token"] ?? .null) \(params?["value"]?["kind"]?.stringValue ?? "")") }
                case .response:
                    break
                }
            }
        }
    }

    deinit {
        writeEnds.forEach { close($0) }
        reader.cancel()
    }

    /// What the client saw, once it has seen `count` messages (or after ten seconds).
    func seen(count: Int) async -> [String] {
        for _ in 0..<1000 where seen.items.withLock({ $0.count }) < count {
            try? await Task.sleep(for: .milliseconds(10))
        }
        return seen.items.withLock { $0 }
    }
}

@Test func progressUnderACreatedTokenWaitsForTheClientToAcceptItThenArrivesInOrder() async throws {
    let gate = AsyncStream.makeStream(of: Void.self)
    let client = try ProgressClient { _ in
        for await _ in gate.stream { break }
        return .success(.null)
    }
    let progress = try #require(ProgressReporter.begin(connection: client.server, clientSupportsProgress: true,
                                                       purpose: "test", title: "Indexing", message: "2 documents", percentage: 0))
    progress.report(completed: 1, of: 2, items: "documents")
    progress.report(completed: 1, of: 2, items: "documents")
    progress.end(message: "done")
    progress.report(message: "too late")
    #expect(await client.seen(count: 1).count == 1, "nothing but the token request before the client accepts it")
    gate.continuation.yield()

    let seen = await client.seen(count: 4)
    let token = try #require(seen.first?.split(separator: " ").last.map(String.init))
    #expect(seen == ["create \(token)", "progress \(token) begin", "progress \(token) report", "progress \(token) end"])
}

@Test func progressUnderARefusedTokenIsNeverSent() async throws {
    let client = try ProgressClient { token in
        token.stringValue?.hasPrefix("interview-refused-") == true ? .failure(.internalError("no")) : .success(.null)
    }
    let refused = try #require(ProgressReporter.begin(connection: client.server, clientSupportsProgress: true,
                                                      purpose: "refused", title: "Chat", message: nil))
    refused.end(message: "done")
    _ = await client.seen(count: 1)
    let accepted = try #require(ProgressReporter.begin(connection: client.server, clientSupportsProgress: true,
                                                       purpose: "accepted", title: "Chat", message: nil))
    accepted.end(message: "done")

    let seen = await client.seen(count: 4)
    #expect(seen.filter { $0.hasPrefix("progress") }.allSatisfy { $0.contains("interview-accepted-") })
    #expect(seen.filter { $0.hasPrefix("progress") }.count == 2)
}

@Test func theClientsOwnTokenIsUsedAtOnceAndNoneIsCreated() async throws {
    let client = try ProgressClient { _ in .success(.null) }
    let progress = try #require(ProgressReporter.begin(connection: client.server, clientToken: 7, clientSupportsProgress: true,
                                                       purpose: "chat", title: "Chat", message: "Asking"))
    progress.report(message: "Go is")
    progress.end(message: "Answered")

    #expect(await client.seen(count: 3) == ["progress 7 begin", "progress 7 report", "progress 7 end"])
}

@Test func withoutATokenOrClientSupportNoProgressBegins() throws {
    let client = try ProgressClient { _ in .success(.null) }

    #expect(ProgressReporter.begin(connection: client.server, clientSupportsProgress: false,
                                   purpose: "index", title: "Indexing", message: nil) == nil)
}

/// What the client saw, shared with its reader task.
private final class Seen: Sendable {
    let items = Mutex<[String]>([])
}
