import Foundation
import JSON
@testable import ModelClient
import Synchronization

/// Runs integration/standin/openai_standin.py on 127.0.0.1 for one test and talks to its control endpoints.
final class StandinServer: @unchecked Sendable {
    let port: Int
    private let process: Process
    /// Closing our end of the server's stdin tells it to exit, even if this test process dies first.
    private let input: Pipe

    /// The API root to give the client.
    var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    init(noAuth: Bool = false) throws {
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
        let handle = output.fileHandleForReading
        while !line.contains(0x0A) {
            let data = handle.availableData
            if data.isEmpty { break }
            line += data
        }
        let text = String(decoding: line, as: UTF8.self)
        guard text.hasPrefix("PORT "), let port = Int(text.dropFirst(5).prefix(while: { $0.isNumber })) else {
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

    func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Settings pointing at this server with short timeouts suited to tests.
    func settings(apiKey: String? = "sk-test-standin", maxRetries: Int = 0) -> ModelSettings {
        ModelSettings(
            baseURL: baseURL, apiKey: apiKey, connectTimeout: 2, totalTimeout: 10, maxRetries: maxRetries,
            allowRemote: false)
    }

    /// Every API request the server saw, oldest first.
    func requests() async throws -> [JSON] {
        try await control("/_requests", [:])["requests"]?.arrayValue ?? []
    }

    /// Queues `fault` for the next `count` API requests.
    func fault(_ fault: String, count: Int = 1) async throws {
        _ = try await control("/_fault", ["fault": .string(fault), "count": .int(count)])
    }

    /// Sets canned content (`chat_content`, `json_content`, `chunk_size`, `transcript_segments`).
    func configure(_ config: JSON) async throws {
        _ = try await control("/_config", config)
    }

    private func control(_ path: String, _ body: JSON) async throws -> JSON {
        let request = HTTPRequest(
            url: "http://127.0.0.1:\(port)\(path)", headers: ["Content-Type: application/json"],
            body: .json(body.serializedBytes()), connectTimeoutMs: 2000, totalTimeoutMs: 5000, bypassProxy: true)
        let response = try await HTTPTransfer.perform(request)
        return try JSON.parse(response.body)
    }
}

struct StandinError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// Collects the client's log lines so tests can check what would reach stderr.
final class LogCapture: Sendable {
    private let stored = Mutex<[String]>([])

    var logger: ModelLogger {
        ModelLogger { [self] line in stored.withLock { $0.append(line) } }
    }

    var lines: [String] { stored.withLock { $0 } }
}

/// Thread-safe list of streamed deltas.
final class DeltaCollector: Sendable {
    private let stored = Mutex<[String]>([])

    func append(_ delta: String) {
        stored.withLock { $0.append(delta) }
    }

    var deltas: [String] { stored.withLock { $0 } }
}

extension JSON {
    /// The recorded request body parsed as JSON (the stand-in stores it as text).
    var recordedJSON: JSON? { self["json"] }
}
