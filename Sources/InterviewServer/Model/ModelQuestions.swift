import Analysis
import Assistant
import Synchronization

extension InterviewLanguageServer {
    /// How long "Ask next" waits for the model before offering the offline question; a later answer still
    /// lands in the session cache, so the next code action request shows it at once.
    static let askNextModelWait: Duration = .milliseconds(1500)

    /// The model's next question for `assessment`, grounded on the requirement and the CV and interview
    /// passages retrieved for it (the offline question when the model fails); nil when the session has no
    /// model, or when `limit` passes first.
    func modelQuestion(for assessment: Assessment, directory: String, within limit: Duration? = nil) async -> SuggestedQuestion? {
        guard let services = await modelServices(for: directory) else { return nil }
        let work = Task.detached {
            let context = await services.retrieval?.passages(for: assessment.requirement.text, limit: 6,
                                                               kinds: [.cv, .transcript, .notes]) ?? []
            return await ModelQuestionWriter(model: services.languageModel(for: .question))
                .question(for: assessment, context: context)
        }
        guard let limit else {
            return await withTaskCancellationHandler { await work.value } onCancel: { work.cancel() }
        }
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
