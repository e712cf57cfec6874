import JSON
import Synchronization

extension ModelClient {
    /// Asks the chat model; with `onDelta` the answer streams and each piece of text is passed on as it arrives.
    ///
    /// A stream that breaks after text arrived throws `ModelError.streamInterrupted` carrying that text
    /// (it is not retried: the caller has already shown it). Cancelling the Task throws `CancellationError`.
    public func chat(
        messages: [ChatMessage],
        responseFormat: JSON? = nil,
        temperature: Double? = nil,
        onDelta: (@Sendable (String) -> Void)? = nil
    ) async throws -> ChatCompletion {
        let endpoint = try endpoint()
        var body: [String: JSON] = [
            "model": .string(settings.chatModel),
            "messages": .array(messages.map { ["role": .string($0.role.rawValue), "content": .string(outgoing($0.content))] }),
        ]
        if let temperature { body["temperature"] = .double(temperature) }
        if let responseFormat { body["response_format"] = responseFormat }
        if onDelta != nil {
            body["stream"] = true
            body["stream_options"] = ["include_usage": true]
        }
        let request = request(
            path: "/chat/completions", body: .json(JSON.object(body).serializedBytes()),
            accept: onDelta == nil ? "application/json" : "text/event-stream", endpoint: endpoint)
        if let onDelta {
            return try await withRetries("chat") { _ in try await streamChat(request, onDelta: onDelta) }
        }
        return try await withRetries("chat") { _ in
            let json = try Self.parseBody(try await send(request, label: "chat"))
            guard let completion = Self.completion(from: json) else {
                throw AttemptFailure(error: .malformedResponse("the answer had no choices"), retryable: false)
            }
            return completion
        }
    }

    private static func completion(from json: JSON) -> ChatCompletion? {
        guard let choice = json["choices"]?[0], let message = choice["message"] else { return nil }
        return ChatCompletion(
            text: message["content"]?.stringValue ?? "",
            finishReason: choice["finish_reason"]?.stringValue,
            usage: TokenUsage(json["usage"]),
            model: json["model"]?.stringValue)
    }

    private func streamChat(_ request: HTTPRequest, onDelta: @escaping @Sendable (String) -> Void) async throws -> ChatCompletion {
        // An error event inside the stream is scrubbed like an HTTP error body: providers quote the key there too.
        let stream = ChatStream(onDelta: onDelta) { [self] error in
            scrub(Self.errorMessage(in: error) ?? "the server reported an error mid-stream")
        }
        do {
            _ = try await send(request, label: "chat (streamed)") { stream.receive($0) }
        } catch let failure as AttemptFailure {
            let state = stream.snapshot()
            let reason = state.error?.description ?? failure.error.description
            if !state.text.isEmpty {
                throw AttemptFailure(error: .streamInterrupted(partial: state.text, reason: reason), retryable: false)
            }
            if let error = state.error { throw AttemptFailure(error: error, retryable: false) }
            throw failure
        }
        let state = stream.snapshot()
        if !state.sawEvent, let whole = try? JSON.parse(state.unstreamedBody), let completion = Self.completion(from: whole) {
            // Some local servers ignore `"stream": true` and answer in one piece.
            if !completion.text.isEmpty { onDelta(completion.text) }
            return completion
        }
        if let error = state.error {
            if !state.text.isEmpty {
                throw AttemptFailure(error: .streamInterrupted(partial: state.text, reason: error.description), retryable: false)
            }
            throw AttemptFailure(error: error, retryable: false)
        }
        guard state.done || state.finishReason != nil else {
            // The connection closed cleanly but the answer never finished.
            let error = ModelError.streamInterrupted(partial: state.text, reason: "the stream ended before the answer was complete")
            throw AttemptFailure(error: error, retryable: state.text.isEmpty)
        }
        return ChatCompletion(text: state.text, finishReason: state.finishReason, usage: state.usage, model: state.model)
    }
}

/// Accumulates one streamed chat answer; fed on the transfer thread, read after the transfer ends.
private final class ChatStream: Sendable {
    struct State {
        var text = ""
        var finishReason: String?
        var usage: TokenUsage?
        var model: String?
        var done = false
        var error: ModelError?
        var sawEvent = false
        /// The body as received while no event has been seen, in case the server did not stream.
        var unstreamedBody: [UInt8] = []
    }

    /// Most of an unstreamed answer worth keeping for the no-stream fallback.
    private static let unstreamedLimit = 4 << 20

    private let onDelta: @Sendable (String) -> Void
    /// The text to report for a server-sent error event (never holding the key).
    private let describeError: @Sendable (JSON) -> String
    /// The parser and the answer so far, fed on the transfer thread and read by the caller.
    private let stream = Mutex((parser: ServerSentEventParser(), state: State()))

    init(onDelta: @escaping @Sendable (String) -> Void, describeError: @escaping @Sendable (JSON) -> String) {
        self.onDelta = onDelta
        self.describeError = describeError
    }

    func snapshot() -> State {
        stream.withLock { $0.state }
    }

    /// Handles one chunk of the body; false stops the transfer (malformed data or a server-sent error).
    func receive(_ bytes: [UInt8]) -> Bool {
        let events = stream.withLock { stream in
            let events = stream.parser.feed(bytes)
            if !events.isEmpty { stream.state.sawEvent = true }
            if !stream.state.sawEvent, stream.state.unstreamedBody.count + bytes.count <= Self.unstreamedLimit {
                stream.state.unstreamedBody += bytes
            }
            return events
        }
        for event in events {
            guard handle(event) else { return false }
        }
        return true
    }

    private func handle(_ data: String) -> Bool {
        if data.trimmingWhitespace == "[DONE]" {
            update { $0.done = true }
            return true
        }
        guard let json = try? JSON.parse(data), json.objectValue != nil else {
            update { $0.error = .malformedResponse("a stream event was not valid JSON") }
            return false
        }
        if json["error"] != nil {
            let message = describeError(json)
            update { $0.error = .malformedResponse(message) }
            return false
        }
        let choice = json["choices"]?[0]
        let delta = choice?["delta"]?["content"]?.stringValue
        update { state in
            if let model = json["model"]?.stringValue { state.model = model }
            if let usage = TokenUsage(json["usage"]) { state.usage = usage }
            if let reason = choice?["finish_reason"]?.stringValue { state.finishReason = reason }
            if let delta { state.text += delta }
        }
        if let delta, !delta.isEmpty { onDelta(delta) }
        return true
    }

    private func update(_ change: (inout State) -> Void) {
        stream.withLock { change(&$0.state) }
    }
}
