import Assistant
import JSON
import ModelClient
import RetrievalIndex

/// The assistant's `LanguageModel` over the OpenAI-compatible client: streamed prose, or structured JSON.
///
/// With a session store, an identical request (same model, same redacted messages and format) is answered
/// from the session's cache without contacting the provider, and each request's token usage is recorded.
struct ClientLanguageModel: LanguageModel {
    let client: ModelClient
    var purpose: ModelPurpose = .chat
    var store: ModelResponseStore?

    func complete(system: String, user: String, schema: JSON?, onDelta: (@Sendable (String) -> Void)?) async throws -> String {
        let messages: [ChatMessage] = [.system(system), .user(user)]
        let format = schema.map { ResponseFormat.jsonSchema(name: "interview_answer", schema: $0) }
        let temperature = schema == nil ? 0.2 : 0
        let model = client.settings.chatModel
        let key = cacheKey(messages: messages, format: format, temperature: temperature)
        if let store, let cached = await store.response(model: model, request: key) {
            store.log.info("model cache: \(purpose.rawValue) answered from the session cache, no request sent")
            onDelta?(cached)
            return cached
        }
        let completion: ChatCompletion
        if format != nil {
            completion = try await client.chat(messages: messages, responseFormat: format, temperature: temperature)
        } else {
            completion = try await client.chat(messages: messages, temperature: temperature, onDelta: onDelta)
        }
        if let store {
            if let usage = completion.usage {
                await store.record(UsageRecord(model: model, kind: purpose.rawValue, promptTokens: usage.promptTokens,
                                               completionTokens: usage.completionTokens))
            }
            // A cut-off answer is not worth repeating.
            if completion.finishReason == nil || completion.finishReason == "stop" {
                await store.store(completion.text, model: model, request: key)
            }
        }
        return completion.text
    }

    /// The request as it leaves the machine (redacted when redaction is on), without transport details
    /// such as streaming: the cache key. It never holds the API key.
    private func cacheKey(messages: [ChatMessage], format: JSON?, temperature: Double) -> JSON {
        let redactor = Redactor()
        let redact = client.settings.redact
        return [
            "model": .string(client.settings.chatModel),
            "messages": .array(messages.map { message in
                ["role": .string(message.role.rawValue),
                 "content": .string(redact ? redactor.redact(message.content) : message.content)]
            }),
            "response_format": format ?? .null,
            "temperature": .double(temperature),
        ]
    }
}
