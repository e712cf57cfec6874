import Analysis
import Assistant
import RetrievalIndex
import SessionSupport

extension InterviewLanguageServer {
    /// The passages of the session at `directory` for extractive answers and model context, once the index
    /// holds the latest analysed text.
    func passageSource(for directory: String) async -> (any PassageSource)? {
        guard let index = workspace.sessions[directory]?.index else { return nil }
        await index.settled()
        return index
    }

    /// The passages of one candidate of the role at `directory`, from their own index (made and brought up to date
    /// with `analysis`, their session, when needed): never another candidate's text.
    func passageSource(for directory: String, candidate: RoleCandidate, analysis: SessionAnalysis) async -> (any PassageSource)? {
        guard let index = candidateIndex(directory, candidate: candidate) else { return nil }
        let generation = workspace.sessions[directory]?.analyzedGeneration ?? 0
        update(index, documents: analysis.session.documents, generation: generation)
        await index.settled()
        return index
    }

    /// Brings the session's retrieval index up to date with an analysed snapshot, in the background:
    /// diagnostics never wait for it. A large update reports work-done progress when the client supports it.
    func updateIndex(_ directory: String, documents: [SessionDocument], generation: Int) {
        guard workspace.sessions[directory] != nil else { return }
        let location = IndexLocation.setting(settings(for: directory).indexPath, sessionRoot: directory)
        let index = workspace.sessions[directory]?.index ?? makeIndex(root: directory, location: location)
        workspace.sessions[directory]?.index = index
        update(index, documents: documents, generation: generation)
    }

    /// Brings the indexes of a role's candidates up to date after an analysis: only of the candidates with a file
    /// open or in view (a role of 200 never makes 200 databases), each with the role's JDs and their own files.
    func updateCandidateIndexes(_ directory: String, role: RoleAnalysis, generation: Int) {
        guard let state = workspace.sessions[directory] else { return }
        var wanted = Set(state.focus.flatMap(role.candidate(owning:)).map { [$0] } ?? [])
        for path in workspace.documents.keys {
            if let relative = FilePaths.relative(path, to: directory), let index = role.candidate(owning: relative) { wanted.insert(index) }
        }
        for index in wanted.sorted() {
            let candidate = role.role.candidates[index]
            guard let sessionIndex = candidateIndex(directory, candidate: candidate) else { continue }
            update(sessionIndex, documents: role.candidates[index].session.documents, generation: generation)
            Task { await embedCandidate(directory, candidate: candidate.name) }
        }
    }

    /// The index of one candidate of the role at `directory`, made on first use: in the candidate's own folder
    /// (`ada/.interview/index.sqlite`), or for a CV beside the JD in the role's (`.interview/index-<name>.sqlite`),
    /// with the same location and trust rules as a session's index.
    private func candidateIndex(_ directory: String, candidate: RoleCandidate) -> SessionIndex? {
        guard workspace.sessions[directory] != nil else { return nil }
        if let existing = workspace.sessions[directory]?.candidateIndexes[candidate.name] { return existing }
        let setting = settings(for: directory).indexPath
        let index: SessionIndex
        if let folder = candidate.folder {
            let root = FilePaths.join(directory, folder)
            var location = IndexLocation.setting(setting, sessionRoot: root)
            // An absolute path is one file: each candidate gets their own beside it.
            if setting?.hasPrefix("/") == true { location = location.separate(for: candidate.name) }
            index = makeIndex(root: root, location: location)
        } else {
            index = makeIndex(root: directory, location: IndexLocation.setting(setting, sessionRoot: directory).separate(for: candidate.name))
        }
        workspace.sessions[directory]?.candidateIndexes[candidate.name] = index
        return index
    }

    private func makeIndex(root: String, location: IndexLocation) -> SessionIndex {
        SessionIndex(root: root, location: location, log: log) { [weak self] notice in
            Task { await self?.showWarning(notice) }
        }
    }

    /// Updates `index` with `documents` in the background.
    private func update(_ index: SessionIndex, documents: [SessionDocument], generation: Int) {
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
