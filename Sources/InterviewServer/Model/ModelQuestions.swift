import Analysis
import Assistant
import SessionSupport
import Synchronization

extension InterviewLanguageServer {
    /// How long "Ask next" waits for the model before offering the offline question; a later answer still
    /// lands in the session cache, so the next code action request shows it at once.
    static let askNextModelWait: Duration = .milliseconds(1500)

    /// The model's next question for `assessment`, grounded on the requirement and the CV and interview
    /// passages retrieved for it (the offline question when the model fails); nil when the session has no model.
    /// In a role, `candidate`'s: their index, and questions in flight apart from any other candidate's.
    func modelQuestion(for assessment: Assessment, directory: String, candidate: String? = nil) async -> SuggestedQuestion? {
        guard let questions = await modelQuestions(directory, candidate: candidate) else { return nil }
        return await questions.question(for: assessment)
    }

    /// Model questions by requirement id for those of `assessments` the model answers within `limit`
    /// (asked all at once); empty when the session has no model.
    func modelQuestions(for assessments: [Assessment], directory: String, candidate: String? = nil,
                        within limit: Duration) async -> [String: SuggestedQuestion] {
        guard let questions = await modelQuestions(directory, candidate: candidate) else { return [:] }
        return await withTaskGroup(of: SuggestedQuestion?.self) { group in
            for assessment in assessments {
                group.addTask { await questions.question(for: assessment, within: limit) }
            }
            var found: [String: SuggestedQuestion] = [:]
            for await question in group {
                if let question { found[question.requirementId] = question }
            }
            return found
        }
    }
}

extension InterviewLanguageServer {
    /// The question writer of the session at `directory`, or of one candidate of its role; nil without a model.
    private func modelQuestions(_ directory: String, candidate: String?) async -> ModelQuestions? {
        guard let services = await modelServices(for: directory, candidate: candidate) else { return nil }
        let key = candidate.map { ModelProvider.candidateKey(directory, $0) } ?? directory
        return ModelQuestions(services: services, inFlight: modelProvider.questionsInFlight(for: key))
    }
}

/// Next questions written by the session's model from retrieved CV and interview passages.
struct ModelQuestions: Sendable {
    let services: SessionModelServices
    /// The session's questions being written: asking again for one joins it.
    let inFlight: InFlightWork<ModelQuestionKey, SuggestedQuestion>

    /// The model's question, or the offline one when the model fails; one request per question in flight.
    func question(for assessment: Assessment) async -> SuggestedQuestion {
        let services = services
        let key = ModelQuestionKey(assessment: assessment, model: services.client.settings.chatModel,
                                   baseURL: services.client.settings.baseURL)
        return await inFlight.value(for: key) {
            let context = await services.retrieval?.passages(for: assessment.requirement.text, limit: 6,
                                                               kinds: [.cv, .transcript, .notes]) ?? []
            return await ModelQuestionWriter(model: services.languageModel(for: .question)).question(for: assessment, context: context)
        }
    }

    /// The model's question if it comes within `limit`, else nil; the request goes on and fills the cache.
    func question(for assessment: Assessment, within limit: Duration) async -> SuggestedQuestion? {
        let work = Task.detached { await question(for: assessment) }
        // Not a task group: it would wait for the model even after the time is up.
        let race = FirstResult<SuggestedQuestion?>()
        return await withCheckedContinuation { continuation in
            race.start(continuation)
            Task { race.finish(await work.value) }
            Task {
                try? await Task.sleep(for: limit)
                race.finish(nil)
            }
        }
    }
}

/// What makes two model questions the same: the assessment they are written from and the model writing them.
struct ModelQuestionKey: Hashable, Sendable {
    var assessment: Assessment
    var model: String
    var baseURL: String
}

/// Resumes a continuation with whichever result arrives first; later results are dropped.
final class FirstResult<Value: Sendable>: Sendable {
    private let continuation = Mutex<CheckedContinuation<Value, Never>?>(nil)

    func start(_ continuation: CheckedContinuation<Value, Never>) {
        self.continuation.withLock { $0 = continuation }
    }

    func finish(_ value: Value) {
        continuation.withLock { stored in
            stored?.resume(returning: value)
            stored = nil
        }
    }
}
