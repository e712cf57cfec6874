import Foundation
import JSON
import StandinSupport
import Testing
@testable import ModelClient

@Suite struct PrivacyTests {
    static let cvHeader = """
        Jane Q. Doe
        1428 Elm Street, Springfield, IL 62704
        jane.doe+jobs@example.com | +1 (415) 555-0134 | linkedin.com/in/jane-doe-42 | https://github.com/janedoe
        Senior Platform Engineer, 2016 – 2024. Go, Kubernetes (EKS), PostgreSQL.
        """

    @Test func personalDataNeverLeavesTheMachineWhenRedactionIsOn() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        _ = try await client.chat(messages: [.system("Answer from the CV."), .user(Self.cvHeader)]) { _ in }
        _ = try await client.embed([Self.cvHeader])
        let bodies = try await server.requests().map { $0["body"]?.stringValue ?? "" }
        #expect(bodies.count == 2)
        for body in bodies {
            for secret in ["jane.doe", "example.com", "555-0134", "415", "1428 Elm", "jane-doe-42", "janedoe"] {
                #expect(!body.contains(secret), "sent \(secret)")
            }
            #expect(body.contains("[email]") && body.contains("[phone]") && body.contains("[address]"))
            #expect(body.contains("[profile-url]"))
            #expect(body.contains("Kubernetes (EKS)") && body.contains("2016 – 2024"))
        }
    }

    @Test func redactionCanBeTurnedOff() async throws {
        let server = try Standin()
        var settings = server.settings()
        settings.redact = false
        let client = ModelClient(settings: settings)
        _ = try await client.chat(messages: [.user(Self.cvHeader)])
        let body = try await server.requests().first?["body"]?.stringValue ?? ""
        #expect(body.contains("jane.doe+jobs@example.com"))
    }

    @Test func theKeyNeverAppearsInErrorsOrLogs() async throws {
        let key = "sk-proj-SECRET0123456789abcdef"
        let server = try Standin()
        try await server.fault("echo-auth")
        try await server.fault("500", count: 5)
        let logs = LogCapture()
        let client = ModelClient(
            settings: server.settings(apiKey: key, maxRetries: 1), logger: logs.logger,
            retryPolicy: RetryPolicy(base: 0.01, maximumBackoff: 0.02))
        var descriptions: [String] = []
        for _ in 0..<2 {
            do {
                _ = try await client.chat(messages: [.user("hi")])
            } catch {
                descriptions.append(String(describing: error))
                descriptions.append(String(reflecting: error))
                descriptions.append("\(error)")
            }
        }
        #expect(descriptions.count == 6)
        #expect(descriptions.contains { $0.contains("Incorrect API key provided") })
        #expect(!logs.lines.isEmpty)
        for text in descriptions + logs.lines {
            #expect(!text.contains(key), "leaked in: \(text)")
            #expect(!text.contains("SECRET0123"), "leaked in: \(text)")
        }
        let settings = server.settings(apiKey: key)
        var dumped = ""
        dump(settings, to: &dumped)
        for text in [settings.description, settings.debugDescription, "\(settings)", String(reflecting: settings), dumped] {
            #expect(!text.contains("SECRET"), "leaked in: \(text)")
        }
    }

    @Test(arguments: ["stream-echo-auth", "stream-echo-auth-late"])
    func theKeyQuotedInAnErrorInsideTheStreamIsScrubbedToo(fault: String) async throws {
        let key = "sk-proj-SECRET0123456789abcdef"
        let server = try Standin()
        try await server.fault(fault)
        let logs = LogCapture()
        let client = ModelClient(settings: server.settings(apiKey: key), logger: logs.logger)
        var descriptions: [String] = []
        do {
            _ = try await client.chat(messages: [.user("hi")]) { _ in }
            Issue.record("expected the stream's error")
        } catch {
            descriptions += [String(describing: error), String(reflecting: error)]
        }
        #expect(descriptions.allSatisfy { $0.contains("Incorrect API key provided") }, "\(descriptions)")
        #expect(!logs.lines.isEmpty)
        for text in descriptions + logs.lines {
            #expect(!text.contains("SECRET0123"), "leaked in: \(text)")
        }
    }

    @Test func remoteEndpointIsRefusedBeforeAnyConnectionWhenRemoteIsNotAllowed() async throws {
        let logs = LogCapture()
        var settings = ModelSettings(baseURL: "https://api.openai.com/v1", apiKey: "sk-x", allowRemote: false)
        settings.maxRetries = 3
        let client = ModelClient(settings: settings, logger: logs.logger)
        // Without network here, an attempted connection would surface as connectionFailed, not this.
        await #expect(throws: ModelError.remoteNotAllowed(host: "api.openai.com")) {
            try await client.chat(messages: [.user("hi")])
        }
        await #expect(throws: ModelError.remoteNotAllowed(host: "api.openai.com")) { try await client.embed(["x"]) }
        for url in ["http://10.0.0.5:8080/v1", "http://192.168.1.2/v1", "http://128.0.0.1/v1", "http://localhost.evil.com/v1"] {
            let other = ModelClient(settings: ModelSettings(baseURL: url, allowRemote: false))
            await #expect(throws: ModelError.self) { try await other.embed(["x"]) }
        }
        #expect(logs.lines.contains { $0.contains("refused api.openai.com") })
    }

    @Test func loopbackEndpointsAreAcceptedWhenRemoteIsNotAllowed() async throws {
        let server = try Standin()
        for host in ["127.0.0.1", "localhost"] {
            let settings = ModelSettings(baseURL: "http://\(host):\(server.port)/v1", apiKey: "k", allowRemote: false)
            let vectors = try await ModelClient(settings: settings).embed(["Go"])
            #expect(vectors.count == 1)
        }
    }

    @Test func loopbackDetectionCoversTheWholeRange() {
        for url in ["http://127.0.0.1/v1", "http://127.1.2.3:9/v1", "http://[::1]:8080/v1", "http://LOCALHOST/v1", "http://localhost./v1"] {
            #expect(Endpoint.parse(url)?.isLoopback == true, "\(url)")
        }
        for url in ["https://api.openai.com/v1", "http://10.0.0.1/v1", "http://127.0.0.1.nip.io/v1", "http://[::2]/v1"] {
            #expect(Endpoint.parse(url)?.isLoopback == false, "\(url)")
        }
        #expect(Endpoint.parse("ftp://127.0.0.1/") == nil)
        #expect(Endpoint.parse("not a url") == nil)
    }
}
