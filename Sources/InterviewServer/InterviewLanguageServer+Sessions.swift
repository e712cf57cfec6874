import Analysis
import Blocking
import JSONRPC
import LanguageServerProtocol
import SessionSupport

/// Session folders: loading, debounced analysis off the actor, and publishing diagnostics on their JDs.
extension InterviewLanguageServer {
    /// The session folder of the open document at `path`, made active if the document is a session document;
    /// nil for a document that belongs to no session (opening a README must not analyse its folder).
    /// The folder is read off the actor.
    func activateSession(for path: String) async -> String? {
        let directory = workspace.sessionDirectory(for: path)
        guard workspace.sessions[directory] == nil else { return directory }
        guard let document = workspace.documents[path] else { return nil }
        let (userLayer, classifier, reader) = (workspace.userLayer, workspace.classifier, folderReader)
        // Numbered before reading: another open of the folder may start later and finish first.
        let read = workspace.startRead()
        let discovery = await BlockingWork.run {
            SessionDiscovery.discover(document, in: directory, userLayer: userLayer, classifier: classifier, reader: reader)
        }
        workspace.record(discovery.kind, of: document, in: directory, globs: discovery.globs)
        guard let session = discovery.session else {
            log.debug("\(FilePaths.relative(path, to: directory) ?? path) is not a session document")
            return nil
        }
        // Closed while its folder was read: nothing to start.
        guard workspace.documents[path] != nil else { return nil }
        tell(workspace.activate(session.folder, with: session.contents, read: read))
        return session.folder
    }

    /// Puts the candidate of the open document at `path` in view on the role's JD (the interview going on now);
    /// a JD changes nothing. Only a role uses it, but it is kept for a folder that becomes one.
    func focus(_ path: String, in directory: String) {
        guard workspace.documents[path] != nil, let relative = FilePaths.relative(path, to: directory),
              workspace.kind(of: path, in: directory, globs: settings(for: directory).documentGlobs) != .jd else { return }
        workspace.sessions[directory]?.focus = relative
    }

    func deactivateSession(_ directory: String) {
        guard let state = workspace.deactivate(directory) else { return }
        state.pending?.cancel()
        modelProvider.close(directory)
        let candidates = Set(state.candidateIndexes.keys).union(state.role?.role.candidates.map(\.name) ?? [])
        for candidate in candidates { modelProvider.close(ModelProvider.candidateKey(directory, candidate)) }
        for uri in state.published.values { publish(uri: uri, version: nil, diagnostics: []) }
    }

    /// Re-reads the folder and its project settings from disk, off the actor.
    func reload(_ directory: String) async {
        guard workspace.sessions[directory] != nil else { return }
        let read = workspace.startRead()
        let reader = folderReader
        let userLayer = workspace.userLayer
        let contents = await BlockingWork.run { reader(directory, userLayer) }
        // Dropped when a read that started later (settings pulled while a save is read) was taken in meanwhile.
        tell(workspace.update(directory, with: contents, read: read))
    }

    /// Shows and logs what reading a folder found new.
    func tell(_ notices: FolderNotices) {
        if let failure = notices.failure { log.warn(failure) }
        notices.warnings.forEach(showWarning)
        for problem in notices.problems { logToClient(.warning, problem) }
    }

    func reanalyzeAll() async {
        for directory in workspace.sessions.keys.sorted() {
            await reload(directory)
            schedule(directory, delayMs: 0)
        }
    }

    /// Replaces any pending analysis of the folder with one that starts after `delayMs`.
    func schedule(_ directory: String, delayMs: Int) {
        guard var state = workspace.sessions[directory] else { return }
        state.pending?.cancel()
        state.generation += 1
        state.lastActivity = .now
        let generation = state.generation
        state.pending = Task {
            if delayMs > 0 {
                do { try await Task.sleep(for: .milliseconds(delayMs)) } catch { return }
            }
            await analyze(directory, generation: generation)
        }
        workspace.sessions[directory] = state
    }

    func analyze(_ directory: String, generation: Int) async {
        // One analysis at a time per session: a newer one starts when the running one ends rather than sharing
        // the CPU with it (a 10 MB transcript takes seconds, and the user keeps typing).
        while let running = workspace.sessions[directory]?.running {
            _ = await running.value
            if workspace.sessions[directory]?.running == running { break }
        }
        guard workspace.sessions[directory]?.generation == generation else { return }
        let snapshot = workspace.snapshot(directory)
        let skills = settings(for: directory).skills
        let analyzer = self.analyzer
        let previous = workspace.sessions[directory].flatMap { $0.roleSkills == skills ? $0.role : nil }
        // A long CPU pass: on a thread of its own, so the cooperative pool stays free for requests and this actor.
        let work = Task.detached {
            await BlockingWork.run { FolderAnalysis.analyze(snapshot.session(), reusing: previous) { analyzer($0, skills) } }
        }
        workspace.sessions[directory]?.running = work
        let result = await work.value
        if workspace.sessions[directory]?.running == work { workspace.sessions[directory]?.running = nil }
        guard let state = workspace.sessions[directory] else { return }
        // Newer than what requests answer from, even when already superseded: they get the freshest there is.
        if generation > state.analyzedGeneration {
            workspace.sessions[directory]?.analysis = result.analysis
            workspace.sessions[directory]?.role = result.role
            workspace.sessions[directory]?.roleSkills = skills
            workspace.sessions[directory]?.analyzedGeneration = generation
            workspace.sessions[directory]?.analyzedVersions = snapshot.versions
        }
        // The previous analysis is gone now: what its parse and this one's left behind can go back.
        let documents = result.documents
        BlockingWork.start { MemoryRelease.afterWork(on: documents) }
        guard state.generation == generation else { return }
        guard let role = result.role else {
            publish(result.analysis, directory: directory)
            updateIndex(directory, documents: result.analysis.session.documents, generation: generation)
            Task { await modelAfterAnalysis(result.analysis, directory: directory, generation: generation) }
            return
        }
        publishRole(directory)
        updateCandidateIndexes(directory, role: role, generation: generation)
    }

    func publish(_ analysis: SessionAnalysis, directory: String) {
        publish(analysis.findings, on: analysis.session.documents(of: .jd), warningsOf: [analysis], directory: directory)
    }

    /// Publishes a role's diagnostics: on its JDs, the focused candidate's findings named for them, or with no
    /// candidate in view the must-haves and nice-to-haves no candidate evidences; on each candidate's files, their own
    /// warnings. When the candidate shown changes, the client is asked for the coverage lens again.
    func publishRole(_ directory: String) {
        guard let view = workspace.sessions[directory]?.view(of: nil), let role = view.role else { return }
        let shown = view.candidate?.name
        let findings = shown.map { RoleFindings.attributed(view.analysis.findings, to: $0) } ?? RoleFindings.unmetByAll(role)
        publish(findings, on: role.role.jobDescriptions, warningsOf: role.candidates, directory: directory)
        guard let state = workspace.sessions[directory], state.shownCandidate != shown else { return }
        workspace.sessions[directory]?.shownCandidate = shown
        refreshCodeLenses()
    }

    /// Publishes `findings` on the JDs `jobDescriptions` and the prompt-injection warnings of `analyses`, and clears
    /// what the session showed before and no longer does.
    private func publish(_ findings: [Finding], on jobDescriptions: [SessionDocument], warningsOf analyses: [SessionAnalysis],
                         directory: String) {
        guard var state = workspace.sessions[directory] else { return }
        var published: [String: String] = [:]
        for jd in jobDescriptions {
            let path = FilePaths.join(directory, jd.path)
            guard workspace.showsDiagnostics(path) else { continue }
            let open = workspace.documents[path]
            let uri = open?.uri ?? DocumentURI(path: path).string
            publish(uri: uri, version: open?.version, diagnostics: DiagnosticBuilder.diagnostics(for: jd.path, in: findings))
            published[path] = uri
        }
        for analysis in analyses { publishInjectionWarnings(analysis, directory: directory, into: &published) }
        for (path, uri) in state.published where published[path] == nil {
            publish(uri: uri, version: nil, diagnostics: [])
        }
        state.published = published
        workspace.sessions[directory] = state
    }

    func publish(uri: String, version: Int?, diagnostics: [Diagnostic]) {
        let params = PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)
        connection.send(Notification(method: "textDocument/publishDiagnostics", params: params.json))
    }
}
