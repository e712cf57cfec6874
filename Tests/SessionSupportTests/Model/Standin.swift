import Foundation
import JSON
@testable import ModelClient
import Synchronization

/// Runs integration/standin/openai_standin.py on 127.0.0.1 for one test and talks to its control endpoints.
final class Standin: @unchecked Sendable {
    let port: Int
    private let process: Process
    /// Closing our end of the server's stdin tells it to exit, even if this test process dies first.
    private let input: Pipe

    var baseURL: String { "http://127.0.0.1:\(port)/v1" }

    init() throws {
        let script = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("integration/standin/openai_standin.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script.path, "--exit-on-stdin-eof"]
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
            throw CocoaError(.fileReadUnknown)
        }
        self.process = process
        self.input = input
        self.port = port
    }

    deinit {
        try? input.fileHandleForWriting.close()
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }

    /// Client settings for this server: short timeouts, loopback only.
    func settings(apiKey: String = Standin.apiKey, maxRetries: Int = 0, timeout: Double = 10) -> ModelSettings {
        ModelSettings(baseURL: baseURL, apiKey: apiKey, connectTimeout: 2, totalTimeout: timeout, maxRetries: maxRetries,
                      allowRemote: false)
    }

    static let apiKey = "sk-standin-secret-4242"

    /// Every API request the server saw, oldest first.
    func requests() async throws -> [JSON] {
        try await control("/_requests", [:])["requests"]?.arrayValue ?? []
    }

    /// The recorded requests to `path` (e.g. `/v1/chat/completions`).
    func requests(to path: String) async throws -> [JSON] {
        try await requests().filter { $0["path"]?.stringValue == path }
    }

    func fault(_ fault: String, count: Int = 1) async throws {
        _ = try await control("/_fault", ["fault": .string(fault), "count": .int(count)])
    }

    func configure(_ config: JSON) async throws {
        _ = try await control("/_config", config)
    }

    private func control(_ path: String, _ body: JSON) async throws -> JSON {
        let request = HTTPRequest(
            url: "http://127.0.0.1:\(port)\(path)", headers: ["Content-Type: application/json"],
            body: .json(body.serializedBytes()), connectTimeoutMs: 2000, totalTimeoutMs: 5000, bypassProxy: true)
        return try JSON.parse(try await HTTPTransfer.perform(request).body)
    }
}

/// Thread-safe list of streamed deltas.
final class Deltas: Sendable {
    private let stored = Mutex<[String]>([])

    func append(_ delta: String) {
        stored.withLock { $0.append(delta) }
    }

    var all: [String] { stored.withLock { $0 } }
}
