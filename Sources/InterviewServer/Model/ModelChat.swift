import Analysis
import Assistant
import LanguageServerProtocol

/// A chat answer written by the model from hybrid-retrieved passages, or the offline answer with a notice
/// when the provider fails; runs off the server's actor.
struct ModelChat: Sendable {
    let services: SessionModelServices

    /// Passages handed to the model.
    static let passageLimit = 8

    /// The answer; `onPartial` gets the answer so far as it streams, with only checked citation markers.
    func answer(_ question: String, analysis: SessionAnalysis, onPartial: (@Sendable (String) -> Void)?) async -> ChatAnswer {
        let passages = await services.retrieval?.passages(for: question, limit: Self.passageLimit) ?? []
        return await GroundedChat(model: services.languageModel(for: .chat))
            .answer(question, analysis: analysis, passages: passages, onPartial: onPartial)
    }
}
