import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import ProductInfo
import SessionSupport

/// The language server: tracks open documents and session folders, and publishes coverage diagnostics on JDs.
///
/// Diagnostics follow the session: while any document of a folder is open, every JD of that folder gets
/// diagnostics (an editor shows them even for a JD that is not open), re-published on any change to any
/// document of the folder. Closing a JD clears its diagnostics until it is opened again; closing the
/// folder's last open document clears them all.
public actor InterviewLanguageServer: LanguageServer {
    let connection: Connection
    let log: Logger
    var client = InitializeParams()
    var workspaceFolders: [WorkspaceFolder] = []
    /// Settings from the client (initializationOptions, didChangeConfiguration or workspace/configuration).
    var userLayer = SettingsLayer()
    /// Open documents by absolute path.
    var documents: [String: OpenDocument] = [:]
    /// Active sessions by absolute folder path.
    var sessions: [String: SessionState] = [:]
    /// JDs the user closed: no diagnostics until reopened.
    var closedJDs: Set<String> = []
    /// The optional OpenAI-compatible provider: clients per settings and background embedding.
    let modelProvider: ModelProvider
    /// Analyses a snapshot of a session with the user's extra skills, off the actor (tests hold one back).
    let analyzer: @Sendable (Session, [SkillDefinition]) -> SessionAnalysis

    /// The commands of `workspace/executeCommand`.
    static let commands = [ChatCommand.name, NextQuestionCommand.name, CodeLensHandler.showCoverage, TranscribeCommand.name]

    /// A server that talks to the client through `connection`.
    public init(connection: Connection, logger: Logger = .shared) {
        self.init(connection: connection, logger: logger, analyzer: Self.analyze)
    }

    init(connection: Connection, logger: Logger, analyzer: @escaping @Sendable (Session, [SkillDefinition]) -> SessionAnalysis) {
        self.connection = connection
        log = logger
        modelProvider = ModelProvider(log: logger)
        self.analyzer = analyzer
    }

    /// The analysis of `session` with the bundled skills and `skills`.
    static func analyze(_ session: Session, skills: [SkillDefinition]) -> SessionAnalysis {
        let taxonomy = skills.isEmpty ? SkillTaxonomy.bundled : SkillTaxonomy.bundled.merging(skills)
        return SessionAnalyzer(taxonomy: taxonomy).analyze(session)
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
        return InitializeResult(capabilities: ServerCapabilities(commands: Self.commands), serverName: ProductInfo.name, serverVersion: ProductInfo.version)
    }

    public func shutdown() async {
        for state in sessions.values { state.pending?.cancel() }
    }

    public func handle(_ request: Request) async throws(ResponseError) -> JSON {
        let params = request.params ?? [:]
        switch request.method {
        case "textDocument/hover": return try await hover(params)
        case "textDocument/definition": return try await definition(params)
        case "textDocument/references": return try await references(params)
        case "textDocument/documentSymbol": return try await documentSymbols(params)
        case "textDocument/codeLens": return try await codeLenses(params)
        case "textDocument/codeAction": return try await codeActions(params)
        case "workspace/executeCommand":
            let command = params["command"]?.stringValue ?? ""
            let arguments = params["arguments"]?.arrayValue ?? []
            switch command {
            case ChatCommand.name: return try await chat(arguments, workDoneToken: params["workDoneToken"])
            case NextQuestionCommand.name: return try await nextQuestion(arguments)
            case CodeLensHandler.showCoverage: return try await showCoverage(arguments)
            case TranscribeCommand.name: return try await transcribe(arguments)
            default: throw .invalidParams("unknown command '\(command)'")
            }
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
        // The editor opens a document next: have the skill matcher compiled by then, off this actor.
        // Not at `initialize`, whose response would share the CPU with it.
        Task.detached(priority: .utility) { SessionAnalyzer.warmUp() }
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
        guard let directory = activateSession(for: document) else { return }
        schedule(directory, delayMs: 0)
    }

    /// The session folder of the document, made active if the document is a session document;
    /// nil for a document that belongs to no session (opening a README must not analyse its folder).
    private func activateSession(for document: OpenDocument) -> String? {
        let directory = sessionDirectory(for: document.path)
        guard sessions[directory] == nil else { return directory }
        let name = FilePaths.relative(document.path, to: directory) ?? document.path
        let globs = ServerSettings.resolve([SettingsLayer.project(in: directory).layer, userLayer]).documentGlobs
        let kind = DocumentClassifier.kind(forPath: name, text: document.text, globs: globs)
        guard kind != .other else {
            log.debug("\(name) is not a session document")
            return nil
        }
        activateSession(directory)
        // A transcript kept in a subfolder (`session/interviews/round1.vtt`) belongs to the folder above,
        // which the loader reads one level deep, when that folder holds the JD.
        let parent = FilePaths.parent(of: directory)
        if kind != .jd, parent != directory, sessions[directory]?.disk.documents(of: .jd).isEmpty == true,
           let above = try? SessionLoader.load(directory: parent, globs: globs), !above.documents(of: .jd).isEmpty {
            sessions[directory] = nil
            activateSession(parent)
            return parent
        }
        return directory
    }

    private func didChange(_ params: JSON) throws(ResponseError) {
        let identifier = try VersionedTextDocumentIdentifier(json: try params.required("textDocument"))
        var changes: [TextDocumentContentChangeEvent] = []
        for change in try params.requiredArray("contentChanges") { changes.append(try TextDocumentContentChangeEvent(json: change)) }
        guard let path = DocumentURI(string: identifier.uri).path, let document = documents[path] else {
            log.info("change to a document that is not open: \(identifier.uri)")
            return
        }
        let edited = document.applying(changes, version: identifier.version)
        documents[path] = edited
        // Typing `kind: jd` front matter can turn a plain file into a session document.
        guard let directory = activateSession(for: edited) else { return }
        schedule(directory, delayMs: settings(for: directory).debounceMs)
    }

    private func didClose(_ identifier: TextDocumentIdentifier) {
        guard let path = DocumentURI(string: identifier.uri).path, let document = documents.removeValue(forKey: path) else { return }
        let directory = sessionDirectory(for: path)
        guard var state = sessions[directory] else { return }
        let relative = FilePaths.relative(path, to: directory) ?? path
        let kind = DocumentClassifier.kind(forPath: relative, text: document.text, globs: settings(for: directory).documentGlobs)
        if kind == .jd || state.published[path] != nil {
            closedJDs.insert(path)
            state.published[path] = nil
            publish(uri: document.uri, version: nil, diagnostics: [])
        }
        sessions[directory] = state
        if documents.keys.contains(where: { sessionDirectory(for: $0) == directory }) {
            schedule(directory, delayMs: 0)
        } else {
            deactivateSession(directory)
        }
    }

    private func didSave(_ identifier: TextDocumentIdentifier) {
        guard let path = DocumentURI(string: identifier.uri).path else { return }
        let directory = sessionDirectory(for: path)
        guard sessions[directory] != nil else { return }
        reload(directory)
        schedule(directory, delayMs: 0)
    }

    private func didChangeWatchedFiles(_ params: JSON) throws(ResponseError) {
        var touched: [String] = []
        for change in try params.requiredArray("changes") {
            let event = try FileEvent(json: change)
            guard let path = DocumentURI(string: event.uri).path else { continue }
            let directory = path.hasSuffix("/" + SettingsLayer.projectFileName)
                ? FilePaths.parent(of: FilePaths.parent(of: path))
                : sessionDirectory(for: path)
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
}
