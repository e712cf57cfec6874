import Analysis
import Assistant

/// A chat answer written by the model from hybrid-retrieved passages, or the offline answer with a notice
/// when the provider fails; runs off the server's actor.
public struct ModelChat: Sendable {
    /// The session's model, index and cache.
    public let services: SessionModelServices

    /// A chat over `services`.
    public init(services: SessionModelServices) {
        self.services = services
    }

    /// Passages handed to the model.
    static let passageLimit = 8

    /// The answer; `onPartial` gets the answer so far as it streams, with only checked citation markers.
    public func answer(_ question: String, analysis: SessionAnalysis, onPartial: (@Sendable (String) -> Void)?) async -> ChatAnswer {
        let passages = await services.retrieval?.passages(for: question, limit: Self.passageLimit) ?? []
        return await GroundedChat(model: services.languageModel(for: .chat))
            .answer(question, analysis: analysis, passages: passages, onPartial: onPartial)
    }
}
