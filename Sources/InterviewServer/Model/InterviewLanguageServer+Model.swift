import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol
import RetrievalIndex
import SessionSupport

/// The optional model provider in the server: offline unless `interview.model.enabled` is true for the session.
extension InterviewLanguageServer {
    /// The session's model services, or nil when the session stays offline.
    /// In a role, `candidate`'s index is the one searched (none of the role's as a whole).
    func modelServices(for directory: String, candidate: String? = nil) async -> SessionModelServices? {
        let options = modelProvider.options(settings(for: directory))
        guard let settings = options.activeClient else { return nil }
        let client = modelProvider.client(for: settings)
        let state = workspace.sessions[directory]
        let index = await (candidate.map { state?.candidateIndexes[$0] } ?? state?.index)?.retrievalIndex()
        return SessionModelServices(options: options, client: client, index: index, log: log)
    }

    /// The model chat, next-question and "Ask next" use for the session; nil keeps them offline.
    func languageModel(for directory: String, purpose: ModelPurpose = .question) async -> (any LanguageModel)? {
        await modelServices(for: directory)?.languageModel(for: purpose)
    }

    /// `interview.chat` in LLM mode: the streamed, citation-checked model answer (partial text reported as
    /// work-done progress when the client can show it), or the offline answer with a one-line notice when
    /// the provider fails. Nil when the session has no model.
    func modelChatAnswer(_ question: String, directory: String, analysis: SessionAnalysis, candidate: String? = nil,
                         workDoneToken: JSON?) async -> ChatAnswer? {
        guard let services = await modelServices(for: directory, candidate: candidate) else { return nil }
        let progress = ChatProgress.begin(
            connection: connection, clientToken: workDoneToken,
            clientSupportsProgress: capabilities.workDoneProgress,
            title: "Interview chat", message: "Asking \(services.client.settings.chatModel)…")
        var onPartial: (@Sendable (String) -> Void)?
        if let progress { onPartial = { progress.update($0) } }
        let answer = await ModelChat(services: services).answer(question, analysis: analysis, onPartial: onPartial)
        progress?.end(answer.mode == .llm ? "Answered by \(services.client.settings.chatModel)" : "Answered offline")
        // A cancelled request gets no answer at all, so its fallback needs no notice.
        if let notice = answer.notice, !Task.isCancelled { notifyModelFallback(notice) }
        return answer
    }

    /// A provider failure: a one-line warning, never an error dialog.
    func notifyModelFallback(_ notice: String) {
        log.warn(notice)
        connection.send(Notification(method: "window/showMessage", params: ShowMessageParams(type: .warning, message: notice).json))
    }

    /// With a model, embeds the new passages of a role candidate's index in the background, once it is written.
    func embedCandidate(_ directory: String, candidate: String) async {
        guard let services = await modelServices(for: directory, candidate: candidate), let index = services.index else { return }
        modelProvider.backfill(for: ModelProvider.candidateKey(directory, candidate)).schedule(index: index, client: services.client, store: services.store)
    }

    /// After an analysis, with a model: once the session's index holds it, embed new passages in the
    /// background, and let the model judge when `interview.model.judge` is on (re-publishing what changed).
    func modelAfterAnalysis(_ analysis: SessionAnalysis, directory: String, generation: Int) async {
        guard let services = await modelServices(for: directory), let index = services.index else { return }
        let backfill = modelProvider.backfill(for: directory)
        backfill.schedule(index: index, client: services.client, store: services.store)
        guard services.options.judge else { return }
        // Paraphrases are what the judge is for, and only the vectors find them.
        await backfill.settled()
        let judged = await ModelJudging(services: services).judged(analysis) { [weak self] in
            await self?.workspace.sessions[directory]?.generation == generation
        }
        guard workspace.sessions[directory]?.generation == generation,
              judged.assessments.contains(where: \.modelJudged) else { return }
        workspace.sessions[directory]?.analysis = judged
        publish(judged, directory: directory)
    }
}
