import Analysis
import Assistant

/// Lets the model judge the requirements the offline engine left unmet or claimed, from retrieved passages;
/// a judgment stands only when its quote is in the cited document (`ModelJudge` checks).
public struct ModelJudging: Sendable {
    /// The session's model, index and cache.
    public let services: SessionModelServices

    /// Judging with `services`.
    public init(services: SessionModelServices) {
        self.services = services
    }

    /// Passages offered per requirement.
    static let candidateLimit = 6

    /// The analysis with every status the model changed marked `modelJudged`; gives up (returning the
    /// analysis unchanged) as soon as `stillWanted` says a newer analysis replaced this one.
    public func judged(_ analysis: SessionAnalysis,
                stillWanted: @Sendable () async -> Bool = { true }) async -> SessionAnalysis {
        guard let retrieval = services.retrieval else { return analysis }
        let judge = ModelJudge(model: services.languageModel(for: .judge))
        var result = analysis
        for (position, assessment) in analysis.assessments.enumerated()
        where assessment.status == .unmet || assessment.status == .claimed {
            guard !Task.isCancelled, await stillWanted() else { return analysis }
            let candidates = await retrieval.passages(for: assessment.requirement.text, limit: Self.candidateLimit,
                                                      kinds: [.cv, .transcript, .notes])
            result.assessments[position] = await judge.judge(assessment, candidates: candidates, analysis: analysis)
        }
        return result
    }
}
