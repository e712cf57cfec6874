import Assistant
import JSON
import ModelClient

/// The assistant's `LanguageModel` over the OpenAI-compatible client: streamed prose, or structured JSON.
struct ClientLanguageModel: LanguageModel {
    let client: ModelClient

    func complete(system: String, user: String, schema: JSON?, onDelta: (@Sendable (String) -> Void)?) async throws -> String {
        let messages: [ChatMessage] = [.system(system), .user(user)]
        if let schema {
            let format = ResponseFormat.jsonSchema(name: "interview_answer", schema: schema)
            return try await client.chat(messages: messages, responseFormat: format, temperature: 0).text
        }
        return try await client.chat(messages: messages, temperature: 0.2, onDelta: onDelta).text
    }
}
