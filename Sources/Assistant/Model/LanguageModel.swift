import JSON

/// A chat model the assistant can ask (the OpenAI-compatible client, in the server); the engine stays offline without one.
public protocol LanguageModel: Sendable {
    /// Completes a conversation of a system and a user message. With `schema`, the answer is JSON matching it;
    /// with `onDelta`, text is streamed as it arrives. Throws on any provider failure.
    func complete(system: String, user: String, schema: JSON?, onDelta: (@Sendable (String) -> Void)?) async throws -> String
}
