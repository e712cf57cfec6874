import Analysis
import Assistant

/// Answers a chat question for one session, offline or with the configured model; runs off the server's actor.
struct ChatEngine: Sendable {
    let analysis: SessionAnalysis
    /// The session's retrieval index, for extractive answers and model context.
    let passages: (any PassageSource)?
    /// The configured model; nil answers offline.
    let model: (any LanguageModel)?

    /// The answer; cancelling the calling task cancels a model request (the answer then falls back offline).
    func answer(_ question: String, onDelta: (@Sendable (String) -> Void)? = nil) async -> ChatAnswer {
        let analysis = self.analysis
        let passages = self.passages
        guard let model else {
            return await BlockingWork.run { OfflineAssistant(analysis: analysis, passages: passages).answer(question) }
        }
        let context = await BlockingWork.run { (try? passages?.passages(matching: question, limit: 8)) ?? [] }
        return await GroundedChat(model: model).answer(question, analysis: analysis, passages: context, onDelta: onDelta)
    }
}
