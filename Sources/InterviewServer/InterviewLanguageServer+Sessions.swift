import Analysis
import Blocking
import JSONRPC
import LanguageServerProtocol
import SessionSupport

/// Session folders: loading, debounced analysis off the actor, and publishing diagnostics on their JDs.
extension InterviewLanguageServer {
    /// The session folder a file belongs to: its folder, or the active session one level up
    /// (the loader reads session folders one level deep).
    func sessionDirectory(for path: String) -> String {
        let directory = FilePaths.parent(of: path)
        guard sessions[directory] == nil else { return directory }
        let parent = FilePaths.parent(of: directory)
        return parent != directory && sessions[parent] != nil ? parent : directory
    }
    func activateSession(_ directory: String) {
        guard sessions[directory] == nil else { return }
        sessions[directory] = SessionState(disk: Session(root: directory, documents: []))
        reload(directory)
    }

    func deactivateSession(_ directory: String) {
        guard let state = sessions.removeValue(forKey: directory) else { return }
        state.pending?.cancel()
        modelProvider.close(directory)
        for uri in state.published.values { publish(uri: uri, version: nil, diagnostics: []) }
        closedJDs = closedJDs.filter { FilePaths.relative($0, to: directory) == nil }
    }

    /// Re-reads the folder and its project settings from disk.
    func reload(_ directory: String) {
        guard var state = sessions[directory] else { return }
        let project = SettingsLayer.project(in: directory)
        state.projectLayer = project.layer
        // Shown when they change, not on every save of the folder.
        if project.warnings != state.projectWarnings { project.warnings.forEach(showWarning) }
        state.projectWarnings = project.warnings
        let settings = ServerSettings.resolve([state.projectLayer, userLayer])
        if settings.ignoredFolderSettings != state.ignoredFolderSettings, !settings.ignoredFolderSettings.isEmpty {
            showWarning("\(FilePaths.join(directory, SettingsLayer.projectFileName)): \(IgnoredFolderSetting.notice(settings.ignoredFolderSettings))")
        }
        state.ignoredFolderSettings = settings.ignoredFolderSettings
        do {
            state.disk = try SessionLoader.load(directory: directory, globs: settings.documentGlobs)
        } catch {
            log.warn("could not read session folder \(directory): \(error.message)")
            state.disk = Session(root: directory, documents: [])
        }
        let previous = sessions[directory]?.disk.problems ?? []
        for problem in state.disk.problems where !previous.contains(problem) {
            logToClient(.warning, "\(FilePaths.join(directory, problem.path)): \(problem.message)")
        }
        sessions[directory] = state
    }

    func reanalyzeAll() {
        for directory in sessions.keys.sorted() {
            reload(directory)
            schedule(directory, delayMs: 0)
        }
    }

    /// Replaces any pending analysis of the folder with one that starts after `delayMs`.
    func schedule(_ directory: String, delayMs: Int) {
        guard var state = sessions[directory] else { return }
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
        sessions[directory] = state
    }

    func analyze(_ directory: String, generation: Int) async {
        // One analysis at a time per session: a newer one starts when the running one ends rather than sharing
        // the CPU with it (a 10 MB transcript takes seconds, and the user keeps typing).
        while let running = sessions[directory]?.running {
            _ = await running.value
            if sessions[directory]?.running == running { break }
        }
        guard sessions[directory]?.generation == generation else { return }
        let session = snapshot(directory)
        let versions = documents.filter { sessionDirectory(for: $0.key) == directory }.mapValues(\.version)
        let skills = settings(for: directory).skills
        let analyzer = self.analyzer
        // A long CPU pass: on a thread of its own, so the cooperative pool stays free for requests and this actor.
        let work = Task.detached { await BlockingWork.run { analyzer(session, skills) } }
        sessions[directory]?.running = work
        let analysis = await work.value
        if sessions[directory]?.running == work { sessions[directory]?.running = nil }
        guard let state = sessions[directory] else { return }
        // Newer than what requests answer from, even when already superseded: they get the freshest there is.
        if generation > state.analyzedGeneration {
            sessions[directory]?.analysis = analysis
            sessions[directory]?.analyzedGeneration = generation
            sessions[directory]?.analyzedVersions = versions
        }
        // The previous analysis is gone now: what its parse and this one's left behind can go back.
        BlockingWork.start { MemoryRelease.afterWork(on: session.documents) }
        guard state.generation == generation else { return }
        publish(analysis, directory: directory)
        updateIndex(directory, documents: analysis.session.documents, generation: generation)
        Task { await modelAfterAnalysis(analysis, directory: directory, generation: generation) }
    }

    /// The folder as on disk, with every open buffer of the folder in place of its file.
    func snapshot(_ directory: String) -> Session {
        guard let disk = sessions[directory]?.disk else { return Session(root: directory, documents: []) }
        let globs = settings(for: directory).documentGlobs
        var sessionDocuments = disk.documents
        var overlaid: Set<String> = []
        let root = ResolvedPath.of(directory) ?? directory
        for document in documents.values where sessionDirectory(for: document.path) == directory {
            guard let relative = FilePaths.relative(document.path, to: directory) else { continue }
            // The buffer of a link out of the folder stays out, as the loader leaves its file out.
            if let target = ResolvedPath.of(document.path), !ResolvedPath.isInside(target, folder: root) { continue }
            let kind = DocumentClassifier.kind(forPath: relative, text: document.text, globs: globs)
            let overlay = SessionDocument(path: relative, kind: kind, text: document.text)
            if let index = sessionDocuments.firstIndex(where: { $0.path == relative }) {
                sessionDocuments[index] = overlay
            } else {
                sessionDocuments.append(overlay)
            }
            overlaid.insert(relative)
        }
        return Session(root: directory, documents: sessionDocuments, problems: disk.problems.filter { !overlaid.contains($0.path) })
    }

    func publish(_ analysis: SessionAnalysis, directory: String) {
        guard var state = sessions[directory] else { return }
        let findings = analysis.findings
        var published: [String: String] = [:]
        for jd in analysis.session.documents(of: .jd) {
            let path = FilePaths.join(directory, jd.path)
            guard !closedJDs.contains(path) else { continue }
            let open = documents[path]
            let uri = open?.uri ?? DocumentURI(path: path).string
            publish(uri: uri, version: open?.version, diagnostics: DiagnosticBuilder.diagnostics(for: jd.path, in: findings))
            published[path] = uri
        }
        publishInjectionWarnings(analysis, directory: directory, into: &published)
        for (path, uri) in state.published where published[path] == nil {
            publish(uri: uri, version: nil, diagnostics: [])
        }
        state.published = published
        sessions[directory] = state
    }

    func publish(uri: String, version: Int?, diagnostics: [Diagnostic]) {
        let params = PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)
        connection.send(Notification(method: "textDocument/publishDiagnostics", params: params.json))
    }
}
