import Analysis
import Assistant
import Blocking

/// Answers a chat question for one session offline (the model's answers are `ModelChat`'s); runs off the server's actor.
struct ChatEngine: Sendable {
    let analysis: SessionAnalysis
    /// The session's retrieval index, for extractive answers.
    let passages: (any PassageSource)?

    /// The extractive answer, computed off the cooperative pool (the index blocks).
    func answer(_ question: String) async -> ChatAnswer {
        let analysis = self.analysis
        let passages = self.passages
        return await BlockingWork.run { OfflineAssistant(analysis: analysis, passages: passages).answer(question) }
    }
}
