import Analysis
import Assistant
import RetrievalIndex

extension InterviewLanguageServer {
    /// The passages of the session at `directory` for extractive answers and model context, once the index
    /// holds the latest analysed text.
    func passageSource(for directory: String) async -> (any PassageSource)? {
        guard let index = workspace.sessions[directory]?.index else { return nil }
        await index.settled()
        return index
    }

    /// Brings the session's retrieval index up to date with an analysed snapshot, in the background:
    /// diagnostics never wait for it. A large update reports work-done progress when the client supports it.
    func updateIndex(_ directory: String, documents: [SessionDocument], generation: Int) {
        guard workspace.sessions[directory] != nil else { return }
        let location = IndexLocation.setting(settings(for: directory).indexPath, sessionRoot: directory)
        let index = workspace.sessions[directory]?.index ?? SessionIndex(root: directory, location: location, log: log) { [weak self] notice in
            Task { await self?.showWarning(notice) }
        }
        workspace.sessions[directory]?.index = index
        let supportsProgress = capabilities.workDoneProgress
        let connection = self.connection
        index.track(Task.detached {
            // Hashing a large session's text is real work: done here, not on the actor.
            let work = index.pendingWork(for: documents)
            guard work.documents > 0 else { return }
            let progress = work.isLarge
                ? ProgressReporter.begin(connection: connection, clientSupportsProgress: supportsProgress, purpose: "index",
                                         title: "Indexing interview session",
                                         message: "\(work.documents) documents, \(work.bytes / 1024) KB", percentage: 0)
                : nil
            await index.update(documents, generation: generation, progress: progress)
        })
    }
}
