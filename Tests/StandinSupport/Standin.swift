import Blocking
import Foundation
import JSON
import ModelClient
import Synchronization

/// Runs integration/standin/openai_standin.py on 127.0.0.1 for one test and talks to its control endpoints.
public final class Standin: @unchecked Sendable {
    /// The key `settings` sends unless told otherwise; tests check that it never leaks.
    public static let apiKey = "sk-standin-secret-4242"

    public let port: Int
    private let process: Process
    /// Closing our end of the server's stdin tells it to exit, even if this test process dies first.
    private let input: Pipe

    /// The API root to give the client.
    public var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    /// Starts the stand-in; `noAuth` lets it accept requests without a key.
    public init(noAuth: Bool = false) throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("integration/standin/openai_standin.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--exit-on-stdin-eof"] + (noAuth ? ["--no-auth"] : [])
        let output = Pipe()
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = [UInt8]()
        while !line.contains(0x0A) {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            line += data
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).prefix(while: \.isNumber)) else {
            process.terminate()
            throw StandinError(message: "stand-in did not print its port: \(text)")
        }
        self.process = process
        self.input = input
        self.port = port
    }

    deinit {
        stop()
    }

    /// Stops the server now rather than when the test lets go of it.
    public func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Client settings for this server: short timeouts, loopback only.
    public func settings(apiKey: String? = Standin.apiKey, maxRetries: Int = 0, timeout: Double = 10) -> ModelSettings {
        ModelSettings(baseURL: baseURL, apiKey: apiKey, connectTimeout: 2, totalTimeout: timeout, maxRetries: maxRetries,
                      allowRemote: false)
    }

    /// Every API request the server saw, oldest first.
    public func requests() async throws -> [JSON] {
        try await control("/_requests", [:])["requests"]?.arrayValue ?? []
    }

    /// The recorded requests to `path` (e.g. `/v1/chat/completions`).
    public func requests(to path: String) async throws -> [JSON] {
        try await requests().filter { $0["path"]?.stringValue == path }
    }

    /// Queues `fault` for the next `count` API requests.
    public func fault(_ fault: String, count: Int = 1) async throws {
        _ = try await control("/_fault", ["fault": .string(fault), "count": .int(count)])
    }

    /// Sets canned content (`chat_content`, `json_content`, `chunk_size`, `transcript_segments`).
    public func configure(_ config: JSON) async throws {
        _ = try await control("/_config", config)
    }

    /// Posts to a control endpoint over a plain socket: test plumbing that goes through neither the client
    /// under test nor a proxy.
    private func control(_ path: String, _ body: JSON) async throws -> JSON {
        let port = port
        let bytes = body.serializedBytes()
        return try JSON.parse(try await BlockingWork.run { () throws(StandinError) -> [UInt8] in
            try LoopbackHTTP.post(port: port, path: path, body: bytes)
        })
    }
}

/// A stand-in that could not be started or answered out of turn.
public struct StandinError: Error, CustomStringConvertible {
    public var message: String
    public var description: String { message }

    public init(message: String) {
        self.message = message
    }
}

/// The text deltas a streamed answer delivered, in order; appended from any thread.
public final class DeltaCollector: Sendable {
    private let stored = Mutex<[String]>([])

    public init() {}

    public func append(_ delta: String) {
        stored.withLock { $0.append(delta) }
    }

    public var deltas: [String] { stored.withLock { $0 } }
}

extension JSON {
    /// The body of a request the stand-in recorded, parsed as JSON (`requests()`).
    public var recordedJSON: JSON? { self["json"] }
}
