import Foundation
import JSON
import ProductInfo
import StandinSupport
import Testing
@testable import ModelClient

@Suite struct ChatTests {
    @Test func streamedDeltasArriveInOrderAndMakeUpTheAnswer() async throws {
        let server = try Standin()
        let content = "Strong Go evidence [1]. Kubernetes is only on the CV [2]. Ask about on-call."
        try await server.configure(["chat_content": .string(content), "chunk_size": 7])
        let client = ModelClient(settings: server.settings())
        let collector = DeltaCollector()
        let completion = try await client.chat(messages: [.user("How strong is the candidate?")]) { collector.append($0) }
        #expect(collector.deltas.count > 5)
        #expect(collector.deltas.joined() == content)
        #expect(completion.text == content)
        #expect(completion.finishReason == "stop")
        #expect(completion.usage != nil && completion.usage!.completionTokens > 0)
        let sent = try #require(try await server.requests().first?.recordedJSON)
        #expect(sent["stream"] == true)
        #expect(sent["stream_options"]?["include_usage"] == true)
    }

    @Test func streamedNonASCIITextSurvivesChunking() async throws {
        let server = try Standin()
        let content = "Frau Müller sprach über Großprojekte — 東京 🎉 résumé."
        try await server.configure(["chat_content": .string(content), "chunk_size": 3])
        let client = ModelClient(settings: server.settings())
        let collector = DeltaCollector()
        let completion = try await client.chat(messages: [.user("Zusammenfassung?")]) { collector.append($0) }
        #expect(completion.text == content)
        #expect(collector.deltas.joined() == content)
    }

    @Test func serverThatIgnoresStreamingStillGivesTheAnswer() async throws {
        let server = try Standin()
        try await server.configure(["chat_content": "One piece."])
        try await server.fault("ignore-stream")
        let client = ModelClient(settings: server.settings())
        let collector = DeltaCollector()
        let completion = try await client.chat(messages: [.user("hi")]) { collector.append($0) }
        #expect(completion.text == "One piece.")
        #expect(collector.deltas == ["One piece."])
    }

    @Test func plainCompletionReturnsTextFinishReasonAndUsage() async throws {
        let server = try Standin()
        try await server.configure(["chat_content": "Ask about their largest EKS cluster."])
        let client = ModelClient(settings: server.settings())
        let completion = try await client.chat(messages: [.system("You are terse."), .user("Next question?")], temperature: 0.2)
        #expect(completion.text == "Ask about their largest EKS cluster.")
        #expect(completion.finishReason == "stop")
        #expect(completion.usage?.promptTokens == 5)
        let sent = try #require(try await server.requests().first?.recordedJSON)
        #expect(sent["stream"] == nil)
        #expect(sent["model"] == "gpt-4o-mini")
        #expect(sent["temperature"] == 0.2)
        #expect(sent["messages"]?[0]?["role"] == "system")
    }

    @Test func structuredOutputIsRequestedWithTheSchemaAndParsed() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        let schema: JSON = [
            "type": "object",
            "properties": ["question": ["type": "string"], "requirementId": ["type": "string"], "confidence": ["type": "number"]],
            "required": ["question", "requirementId", "confidence"],
            "additionalProperties": false,
        ]
        let completion = try await client.chat(messages: [.user("Suggest a question")],
                                               responseFormat: ResponseFormat.jsonSchema(name: "next_question", schema: schema))
        let answer = try completion.json()
        #expect(answer["question"]?.stringValue != nil)
        #expect(answer["confidence"]?.doubleValue != nil)
        let sent = try #require(try await server.requests().first?.recordedJSON)
        #expect(sent["response_format"]?["type"] == "json_schema")
        #expect(sent["response_format"]?["json_schema"]?["name"] == "next_question")
        #expect(sent["response_format"]?["json_schema"]?["strict"] == true)
        #expect(sent["response_format"]?["json_schema"]?["schema"] == schema)
    }

    @Test func answerThatIsNotJSONIsReportedWhenStructuredOutputWasAsked() async throws {
        let server = try Standin()
        try await server.configure(["json_content": "not an object, just prose"])
        let client = ModelClient(settings: server.settings())
        let completion = try await client.chat(messages: [.user("x")], responseFormat: ResponseFormat.jsonSchema(name: "any", schema: ["type": "object"]))
        #expect(throws: ModelError.self) { try completion.json() }
    }

    @Test func requestCarriesBearerKeyContentTypeAndUserAgent() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings(apiKey: "sk-header-check"))
        _ = try await client.chat(messages: [.user("hi")])
        let headers = try #require(try await server.requests().first?["headers"])
        #expect(headers["Authorization"] == "Bearer sk-header-check")
        #expect(headers["Content-Type"] == "application/json")
        #expect(headers["Accept"] == "application/json")
        #expect(headers["User-Agent"] == .string("interview-lsp/" + ProductInfo.version))
    }

    @Test func noKeyMeansNoAuthorizationHeaderForLocalServers() async throws {
        let server = try Standin(noAuth: true)
        let client = ModelClient(settings: server.settings(apiKey: nil))
        _ = try await client.chat(messages: [.user("hi")])
        let headers = try #require(try await server.requests().first?["headers"])
        #expect(headers["Authorization"] == nil)
    }
}
