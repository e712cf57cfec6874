import Analysis
import JSON
import LanguageServerProtocol

/// The language server: tracks open documents and session folders, and publishes coverage diagnostics on JDs.
///
/// Diagnostics follow the session: while any document of a folder is open, every JD of that folder gets
/// diagnostics (an editor shows them even for a JD that is not open), re-published on any change to any
/// document of the folder. Closing a JD clears its diagnostics until it is opened again; closing the
/// folder's last open document clears them all.
public actor InterviewLanguageServer: LanguageServer {
    private let connection: Connection
    private let log: Logger
    private var client = InitializeParams()
    private var workspaceFolders: [WorkspaceFolder] = []
    private var userLayer = SettingsLayer()
    /// Open documents by absolute path.
    private var documents: [String: OpenDocument] = [:]
    /// Active sessions by absolute folder path.
    private var sessions: [String: SessionState] = [:]
    /// JDs the user closed: no diagnostics until reopened.
    private var closedJDs: Set<String> = []

    public init(connection: Connection, logger: Logger = .shared) {
        self.connection = connection
        log = logger
    }

    // MARK: Lifecycle

    public func initialize(_ params: InitializeParams) async throws(ResponseError) -> InitializeResult {
        client = params
        workspaceFolders = params.workspaceFolders
        if workspaceFolders.isEmpty, let root = params.rootURI {
            workspaceFolders = [WorkspaceFolder(uri: root, name: DocumentURI(string: root).path ?? root)]
        }
        applyUserSettings(params.initializationOptions)
        log.info("initialize from \(params.clientName ?? "unknown client"), \(workspaceFolders.count) workspace folder(s)")
        return InitializeResult(capabilities: ServerCapabilities(commands: []), serverName: ServerInfo.name, serverVersion: ServerInfo.version)
    }

    public func shutdown() async {
        for state in sessions.values { state.pending?.cancel() }
    }

    public func handle(_ request: Request) async throws(ResponseError) -> JSON {
        switch request.method {
        case "workspace/executeCommand":
            let command = request.params?["command"]?.stringValue ?? ""
            throw .invalidParams("unknown command '\(command)'")
        default:
            throw .methodNotFound(request.method)
        }
    }

    public func handle(_ notification: Notification) async {
        let params = notification.params ?? [:]
        do throws(ResponseError) {
            switch notification.method {
            case "initialized": didInitialize()
            case "textDocument/didOpen": didOpen(try TextDocumentItem(json: try params.required("textDocument")))
            case "textDocument/didChange": try didChange(params)
            case "textDocument/didClose": didClose(try TextDocumentIdentifier(json: try params.required("textDocument")))
            case "textDocument/didSave": didSave(try TextDocumentIdentifier(json: try params.required("textDocument")))
            case "workspace/didChangeWatchedFiles": try didChangeWatchedFiles(params)
            case "workspace/didChangeConfiguration": didChangeConfiguration(params)
            case "workspace/didChangeWorkspaceFolders": try didChangeWorkspaceFolders(params)
            default:
                if !notification.method.hasPrefix("$/") { log.debug("ignored notification \(notification.method)") }
            }
        } catch {
            log.warn("\(notification.method): \(error.message)")
        }
    }

    // MARK: Notifications

    private func didInitialize() {
        if client.capability("workspace.didChangeWatchedFiles.dynamicRegistration")?.boolValue == true {
            registerFileWatchers()
        }
        if client.capability("workspace.configuration")?.boolValue == true {
            pullConfiguration()
        }
    }

    private func didOpen(_ item: TextDocumentItem) {
        guard let path = DocumentURI(string: item.uri).path else {
            log.info("not a file URI, ignored: \(item.uri)")
            return
        }
        let document = OpenDocument(uri: item.uri, path: path, version: item.version, text: SourceText(item.text))
        documents[path] = document
        closedJDs.remove(path)
        let directory = FilePaths.parent(of: path)
        if sessions[directory] == nil {
            // Only a session document makes its folder a session: opening a README must not analyse its folder.
            let name = FilePaths.relative(path, to: directory) ?? path
            let globs = ServerSettings.resolve([SettingsLayer.project(in: directory).layer, userLayer]).documentGlobs
            guard DocumentClassifier.kind(forPath: name, text: document.text, globs: globs) != .other else {
                log.debug("\(name) is not a session document")
                return
            }
            activateSession(directory)
        }
        schedule(directory, delayMs: 0)
    }

    private func didChange(_ params: JSON) throws(ResponseError) {
        let identifier = try VersionedTextDocumentIdentifier(json: try params.required("textDocument"))
        var changes: [TextDocumentContentChangeEvent] = []
        for change in try params.requiredArray("contentChanges") { changes.append(try TextDocumentContentChangeEvent(json: change)) }
        guard let path = DocumentURI(string: identifier.uri).path, let document = documents[path] else {
            log.info("change to a document that is not open: \(identifier.uri)")
            return
        }
        documents[path] = document.applying(changes, version: identifier.version)
        let directory = FilePaths.parent(of: path)
        schedule(directory, delayMs: settings(for: directory).debounceMs)
    }

    private func didClose(_ identifier: TextDocumentIdentifier) {
        guard let path = DocumentURI(string: identifier.uri).path, let document = documents.removeValue(forKey: path) else { return }
        let directory = FilePaths.parent(of: path)
        guard var state = sessions[directory] else { return }
        let relative = FilePaths.relative(path, to: directory) ?? path
        let kind = DocumentClassifier.kind(forPath: relative, text: document.text, globs: settings(for: directory).documentGlobs)
        if kind == .jd || state.published[path] != nil {
            closedJDs.insert(path)
            state.published[path] = nil
            publish(uri: document.uri, version: nil, diagnostics: [])
        }
        sessions[directory] = state
        if documents.keys.contains(where: { FilePaths.parent(of: $0) == directory }) {
            schedule(directory, delayMs: 0)
        } else {
            deactivateSession(directory)
        }
    }

    private func didSave(_ identifier: TextDocumentIdentifier) {
        guard let path = DocumentURI(string: identifier.uri).path else { return }
        let directory = FilePaths.parent(of: path)
        guard sessions[directory] != nil else { return }
        reload(directory)
        schedule(directory, delayMs: 0)
    }

    private func didChangeWatchedFiles(_ params: JSON) throws(ResponseError) {
        var touched: [String] = []
        for change in try params.requiredArray("changes") {
            let event = try FileEvent(json: change)
            guard let path = DocumentURI(string: event.uri).path else { continue }
            var directory = FilePaths.parent(of: path)
            if path.hasSuffix("/.interview/config.json") { directory = FilePaths.parent(of: directory) }
            if sessions[directory] != nil, !touched.contains(directory) { touched.append(directory) }
        }
        for directory in touched {
            log.info("files changed on disk in \(directory)")
            reload(directory)
            schedule(directory, delayMs: 0)
        }
    }

    private func didChangeConfiguration(_ params: JSON) {
        let settings = params["settings"]
        if let settings, !settings.isNull, settings["interview"] != nil || client.capability("workspace.configuration")?.boolValue != true {
            applyUserSettings(settings)
            reanalyzeAll()
        } else if client.capability("workspace.configuration")?.boolValue == true {
            pullConfiguration()
        }
    }

    private func didChangeWorkspaceFolders(_ params: JSON) throws(ResponseError) {
        let event = try params.required("event")
        var removed: [WorkspaceFolder] = []
        for item in event["removed"]?.arrayValue ?? [] { removed.append(try WorkspaceFolder(json: item)) }
        var added: [WorkspaceFolder] = []
        for item in event["added"]?.arrayValue ?? [] { added.append(try WorkspaceFolder(json: item)) }
        workspaceFolders.removeAll { folder in removed.contains { $0.uri == folder.uri } }
        workspaceFolders += added.filter { folder in !workspaceFolders.contains { $0.uri == folder.uri } }
    }

    // MARK: Settings

    private func applyUserSettings(_ json: JSON?) {
        let (layer, warnings) = SettingsLayer.parse(json)
        userLayer = layer
        warnings.forEach(showWarning)
        applyLogLevel(ServerSettings.resolve([layer]).logLevel)
    }

    private func applyLogLevel(_ level: LogLevel?) {
        if let level, !log.levelFromEnvironment { log.level = level }
    }

    /// Settings for a session folder: its project file over the client's settings over the defaults.
    private func settings(for directory: String) -> ServerSettings {
        ServerSettings.resolve([sessions[directory]?.projectLayer ?? SettingsLayer(), userLayer])
    }

    private func pullConfiguration() {
        Task {
            do {
                // Neovim 0.7 drops items without `section`, so always name it.
                let result = try await connection.request("workspace/configuration", params: ["items": [["section": "interview"]]])
                if let value = result[0], !value.isNull, value.objectValue?.isEmpty == false {
                    applyPulledSettings(value)
                }
            } catch let error as ResponseError {
                log.info("workspace/configuration failed: \(error.message)")
            } catch {
                log.info("workspace/configuration failed: \(error)")
            }
        }
    }

    private func applyPulledSettings(_ value: JSON) {
        applyUserSettings(value)
        reanalyzeAll()
    }

    private func registerFileWatchers() {
        let params: JSON = [
            "registrations": [[
                "id": "interview-watched-files",
                "method": "workspace/didChangeWatchedFiles",
                "registerOptions": ["watchers": [
                    ["globPattern": "**/*.{md,markdown,txt,vtt,srt}"],
                    ["globPattern": "**/.interview/config.json"],
                ]],
            ]],
        ]
        Task {
            do {
                _ = try await connection.request("client/registerCapability", params: params)
            } catch let error as ResponseError {
                log.info("client/registerCapability failed: \(error.message)")
            } catch {
                log.info("client/registerCapability failed: \(error)")
            }
        }
    }

    private func logToClient(_ type: MessageType, _ message: String) {
        log.log(type == .error ? .error : type == .warning ? .warn : .info, message)
        connection.send(Notification(method: "window/logMessage", params: ShowMessageParams(type: type, message: message).json))
    }

    private func showWarning(_ message: String) {
        log.warn(message)
        connection.send(Notification(method: "window/showMessage", params: ShowMessageParams(type: .warning, message: message).json))
    }

    // MARK: Sessions and analysis

    private func activateSession(_ directory: String) {
        guard sessions[directory] == nil else { return }
        sessions[directory] = SessionState(disk: Session(root: directory, documents: []))
        reload(directory)
    }

    private func deactivateSession(_ directory: String) {
        guard let state = sessions.removeValue(forKey: directory) else { return }
        state.pending?.cancel()
        for uri in state.published.values { publish(uri: uri, version: nil, diagnostics: []) }
        closedJDs = closedJDs.filter { FilePaths.parent(of: $0) != directory }
    }

    /// Re-reads the folder and its project settings from disk.
    private func reload(_ directory: String) {
        guard var state = sessions[directory] else { return }
        let project = SettingsLayer.project(in: directory)
        state.projectLayer = project.layer
        // Shown when they change, not on every save of the folder.
        if project.warnings != state.projectWarnings { project.warnings.forEach(showWarning) }
        state.projectWarnings = project.warnings
        let globs = ServerSettings.resolve([state.projectLayer, userLayer]).documentGlobs
        do {
            state.disk = try SessionLoader.load(directory: directory, globs: globs)
        } catch {
            log.warn("could not read session folder \(directory): \(error.message)")
            state.disk = Session(root: directory, documents: [])
        }
        let previous = sessions[directory]?.disk.problems ?? []
        for problem in state.disk.problems where !previous.contains(problem) {
            logToClient(.warning, "\(FilePaths.join(directory, problem.path)): \(problem.message)")
        }
        sessions[directory] = state
        applyLogLevel(ServerSettings.resolve([state.projectLayer, userLayer]).logLevel)
    }

    private func reanalyzeAll() {
        for directory in sessions.keys.sorted() {
            reload(directory)
            schedule(directory, delayMs: 0)
        }
    }

    /// Replaces any pending analysis of the folder with one that starts after `delayMs`.
    private func schedule(_ directory: String, delayMs: Int) {
        guard var state = sessions[directory] else { return }
        state.pending?.cancel()
        state.generation += 1
        let generation = state.generation
        state.pending = Task {
            if delayMs > 0 {
                do { try await Task.sleep(for: .milliseconds(delayMs)) } catch { return }
            }
            await analyze(directory, generation: generation)
        }
        sessions[directory] = state
    }

    private func analyze(_ directory: String, generation: Int) async {
        guard sessions[directory]?.generation == generation else { return }
        let session = snapshot(directory)
        let skills = settings(for: directory).skills
        let analysis = await Task.detached {
            let taxonomy = skills.isEmpty ? SkillTaxonomy.bundled : SkillTaxonomy.bundled.merging(skills)
            return SessionAnalyzer(taxonomy: taxonomy).analyze(session)
        }.value
        guard sessions[directory]?.generation == generation else { return }
        publish(analysis, directory: directory)
    }

    /// The folder as on disk, with every open buffer of the folder in place of its file.
    private func snapshot(_ directory: String) -> Session {
        guard let disk = sessions[directory]?.disk else { return Session(root: directory, documents: []) }
        let globs = settings(for: directory).documentGlobs
        var sessionDocuments = disk.documents
        var overlaid: Set<String> = []
        for document in documents.values where FilePaths.parent(of: document.path) == directory {
            guard let relative = FilePaths.relative(document.path, to: directory) else { continue }
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

    private func publish(_ analysis: SessionAnalysis, directory: String) {
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
        for (path, uri) in state.published where published[path] == nil {
            publish(uri: uri, version: nil, diagnostics: [])
        }
        state.published = published
        sessions[directory] = state
    }

    private func publish(uri: String, version: Int?, diagnostics: [Diagnostic]) {
        let params = PublishDiagnosticsParams(uri: uri, version: version, diagnostics: diagnostics)
        connection.send(Notification(method: "textDocument/publishDiagnostics", params: params.json))
    }
}
