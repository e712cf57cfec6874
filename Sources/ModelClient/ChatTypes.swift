import JSON

/// One message of a chat conversation.
public struct ChatMessage: Sendable, Equatable {
    /// Who speaks.
    public enum Role: String, Sendable {
        case system, user, assistant
    }

    /// Who speaks.
    public var role: Role
    /// The message text.
    public var content: String

    /// A message from `role` with `content`.
    public init(role: Role, content: String) {
        self.role = role
        self.content = content
    }

    /// A system (instructions) message.
    public static func system(_ content: String) -> ChatMessage { ChatMessage(role: .system, content: content) }
    /// A user message.
    public static func user(_ content: String) -> ChatMessage { ChatMessage(role: .user, content: content) }
    /// An assistant message.
    public static func assistant(_ content: String) -> ChatMessage { ChatMessage(role: .assistant, content: content) }
}

/// Tokens a request consumed, as reported by the server.
public struct TokenUsage: Sendable, Equatable {
    /// Tokens in the prompt.
    public var promptTokens: Int
    /// Tokens in the answer.
    public var completionTokens: Int

    /// Usage with the given counts.
    public init(promptTokens: Int, completionTokens: Int) {
        self.promptTokens = promptTokens
        self.completionTokens = completionTokens
    }

    /// Prompt plus completion tokens.
    public var totalTokens: Int { promptTokens + completionTokens }

    init?(_ json: JSON?) {
        guard let json, let prompt = json["prompt_tokens"]?.intValue,
            let completion = json["completion_tokens"]?.intValue
        else { return nil }
        self.init(promptTokens: prompt, completionTokens: completion)
    }
}

/// The model's answer to a chat request.
public struct ChatCompletion: Sendable, Equatable {
    /// The answer text.
    public var text: String
    /// Why generation stopped (`stop`, `length`, `content_filter`, …), if the server said.
    public var finishReason: String?
    /// Token usage, if the server reported it.
    public var usage: TokenUsage?
    /// The model that answered, as the server named it.
    public var model: String?

    /// A completion with the given parts.
    public init(text: String, finishReason: String? = nil, usage: TokenUsage? = nil, model: String? = nil) {
        self.text = text
        self.finishReason = finishReason
        self.usage = usage
        self.model = model
    }

    /// The answer parsed as JSON, for structured outputs; a fenced ```json block is accepted too.
    public func json() throws(ModelError) -> JSON {
        var body = text.trimmingWhitespace
        if body.hasPrefix("```") {
            body = String(body.drop(while: { $0 != "\n" })).trimmingWhitespace
            if body.hasSuffix("```") { body = String(body.dropLast(3)).trimmingWhitespace }
        }
        do {
            return try JSON.parse(body)
        } catch {
            throw .malformedResponse("the answer was not the JSON that was asked for (\(error.message))")
        }
    }
}

/// Builders for the `response_format` request field.
public enum ResponseFormat {
    /// Structured output: the answer must match `schema` (OpenAI `json_schema` with `strict: true`).
    public static func jsonSchema(name: String, schema: JSON, strict: Bool = true) -> JSON {
        ["type": "json_schema", "json_schema": ["name": .string(name), "schema": schema, "strict": .bool(strict)]]
    }
}

/// A transcript returned by the transcription endpoint.
public struct TranscriptionResult: Sendable, Equatable {
    /// One stretch of speech.
    public struct Segment: Sendable, Equatable {
        /// The speaker label (`A`, `B`, or a name), when the model diarizes.
        public var speaker: String?
        /// Start, in seconds from the beginning of the audio.
        public var start: Double
        /// End, in seconds from the beginning of the audio.
        public var end: Double
        /// What was said.
        public var text: String

        /// A segment with the given parts.
        public init(speaker: String?, start: Double, end: Double, text: String) {
            self.speaker = speaker
            self.start = start
            self.end = end
            self.text = text
        }
    }

    /// The whole text.
    public var text: String
    /// Timed segments, in order; empty when the server returned only text.
    public var segments: [Segment]
    /// Audio length in seconds, if reported.
    public var duration: Double?

    /// A result with the given parts.
    public init(text: String, segments: [Segment], duration: Double? = nil) {
        self.text = text
        self.segments = segments
        self.duration = duration
    }
}
