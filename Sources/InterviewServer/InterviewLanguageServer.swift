import Analysis
import Assistant
import Blocking
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
    /// What the client said it supports, at `initialize`.
    var capabilities = ClientCapabilities()
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
        capabilities = params.capabilities
        workspaceFolders = params.workspaceFolders
        if workspaceFolders.isEmpty, let root = params.rootURI {
            workspaceFolders = [WorkspaceFolder(uri: root, name: DocumentURI(string: root).path ?? root)]
        }
        applyUserSettings(params.initializationOptions)
        log.info("initialize from \(params.clientName ?? "unknown client"), \(workspaceFolders.count) workspace folder(s)")
        return InitializeResult(capabilities: Self.serverCapabilities, serverName: ProductInfo.name, serverVersion: ProductInfo.version)
    }

    public func shutdown() async {
        for state in sessions.values { state.pending?.cancel() }
    }

    public func handle(_ request: Request) async throws(ResponseError) -> JSON {
        let params = request.params
        switch request.method {
        case "textDocument/hover": return await hover(try .decode(params))
        case "textDocument/definition": return await definition(try .decode(params))
        case "textDocument/references": return await references(try .decode(params))
        case "textDocument/documentSymbol": return await documentSymbols(try .decode(params))
        case "textDocument/codeLens": return await codeLenses(try .decode(params))
        case "textDocument/codeAction": return await codeActions(try .decode(params))
        case "workspace/executeCommand": return try await execute(try .decode(params))
        default:
            throw .methodNotFound(request.method)
        }
    }

    public func handle(_ notification: Notification) async {
        let params = notification.params
        do throws(ResponseError) {
            switch notification.method {
            case "initialized": didInitialize()
            case "textDocument/didOpen": didOpen(try DidOpenTextDocumentParams.decode(params).textDocument)
            case "textDocument/didChange": didChange(try .decode(params))
            case "textDocument/didClose": didClose(try TextDocumentParams.decode(params).textDocument)
            case "textDocument/didSave": didSave(try TextDocumentParams.decode(params).textDocument)
            case "workspace/didChangeWatchedFiles": didChangeWatchedFiles(try .decode(params))
            case "workspace/didChangeConfiguration": didChangeConfiguration(try .decode(params))
            case "workspace/didChangeWorkspaceFolders": didChangeWorkspaceFolders(try .decode(params))
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
        BlockingWork.start { SessionAnalyzer.warmUp() }
        if capabilities.registersFileWatchers {
            registerFileWatchers()
        }
        if capabilities.pullsConfiguration {
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

    private func didChange(_ params: DidChangeTextDocumentParams) {
        let identifier = params.textDocument
        let changes = params.contentChanges
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

    private func didChangeWatchedFiles(_ params: DidChangeWatchedFilesParams) {
        var touched: [String] = []
        for event in params.changes {
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

    private func didChangeConfiguration(_ params: DidChangeConfigurationParams) {
        if let settings = params.settings, settings["interview"] != nil || !capabilities.pullsConfiguration {
            applyUserSettings(settings)
            reanalyzeAll()
        } else if capabilities.pullsConfiguration {
            pullConfiguration()
        }
    }

    private func didChangeWorkspaceFolders(_ params: DidChangeWorkspaceFoldersParams) {
        workspaceFolders.removeAll { folder in params.removed.contains { $0.uri == folder.uri } }
        workspaceFolders += params.added.filter { folder in !workspaceFolders.contains { $0.uri == folder.uri } }
    }
}
