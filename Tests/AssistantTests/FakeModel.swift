import JSON
@testable import Assistant

/// A scripted model: returns a fixed reply (streamed in pieces) or fails, and records what it was asked.
final class FakeModel: LanguageModel, @unchecked Sendable {
    enum Failure: Error { case unavailable }

    let reply: String?
    private(set) var prompts: [(system: String, user: String, schema: JSON?)] = []

    init(reply: String?) {
        self.reply = reply
    }

    func complete(system: String, user: String, schema: JSON?, onDelta: (@Sendable (String) -> Void)?) async throws -> String {
        prompts.append((system, user, schema))
        guard let reply else { throw Failure.unavailable }
        if let onDelta {
            for word in reply.split(separator: " ", omittingEmptySubsequences: false) { onDelta(String(word) + " ") }
        }
        return reply
    }
}
