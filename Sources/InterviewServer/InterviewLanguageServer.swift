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
///
/// The actor routes messages: what it knows of documents and sessions is a `SessionWorkspace`, and folder
/// reads and analyses run off it.
public actor InterviewLanguageServer: LanguageServer {
    let connection: Connection
    let log: Logger
    /// What the client said it supports, at `initialize`.
    var capabilities = ClientCapabilities()
    var workspaceFolders: [WorkspaceFolder] = []
    /// Open documents, active sessions, closed JDs, document kinds and client settings.
    var workspace = SessionWorkspace()
    /// The optional OpenAI-compatible provider: clients per settings and background embedding.
    let modelProvider: ModelProvider
    /// Analyses a snapshot of a session with the user's extra skills, off the actor (tests hold one back).
    let analyzer: @Sendable (Session, [SkillDefinition]) -> SessionAnalysis
    /// Reads a session folder with the client's settings, off the actor (tests hold one back).
    let folderReader: @Sendable (String, SettingsLayer) -> FolderContents

    /// A server that talks to the client through `connection`.
    public init(connection: Connection, logger: Logger = .shared) {
        self.init(connection: connection, logger: logger, analyzer: Self.analyze)
    }

    init(connection: Connection, logger: Logger, analyzer: @escaping @Sendable (Session, [SkillDefinition]) -> SessionAnalysis,
         folderReader: @escaping @Sendable (String, SettingsLayer) -> FolderContents = FolderContents.read) {
        self.connection = connection
        log = logger
        modelProvider = ModelProvider(log: logger)
        self.analyzer = analyzer
        self.folderReader = folderReader
    }

    /// The analysis of `session` with the bundled skills and `skills`.
    static func analyze(_ session: Session, skills: [SkillDefinition]) -> SessionAnalysis {
        let taxonomy = SkillTaxonomy.bundled(with: skills)
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
        for state in workspace.sessions.values { state.pending?.cancel() }
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
            case "textDocument/didOpen": await didOpen(try DidOpenTextDocumentParams.decode(params).textDocument)
            case "textDocument/didChange": await didChange(try .decode(params))
            case "textDocument/didClose": didClose(try TextDocumentParams.decode(params).textDocument)
            case "textDocument/didSave": await didSave(try TextDocumentParams.decode(params).textDocument)
            case "workspace/didChangeWatchedFiles": await didChangeWatchedFiles(try .decode(params))
            case "workspace/didChangeConfiguration": await didChangeConfiguration(try .decode(params))
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

    private func didOpen(_ item: TextDocumentItem) async {
        guard let path = DocumentURI(string: item.uri).path else {
            log.info("not a file URI, ignored: \(item.uri)")
            return
        }
        workspace.open(OpenDocument(uri: item.uri, path: path, version: item.version, text: SourceText(item.text)))
        guard let directory = await activateSession(for: path) else { return }
        focus(path, in: directory)
        schedule(directory, delayMs: 0)
    }

    private func didChange(_ params: DidChangeTextDocumentParams) async {
        let identifier = params.textDocument
        guard let path = DocumentURI(string: identifier.uri).path,
              workspace.change(path, params.contentChanges, version: identifier.version) != nil else {
            log.info("change to a document that is not open: \(identifier.uri)")
            return
        }
        // Typing `kind: jd` front matter can turn a plain file into a session document.
        guard let directory = await activateSession(for: path) else { return }
        focus(path, in: directory)
        schedule(directory, delayMs: settings(for: directory).debounceMs)
    }

    private func didClose(_ identifier: TextDocumentIdentifier) {
        guard let path = DocumentURI(string: identifier.uri).path, let closed = workspace.close(path) else { return }
        if closed.clearsDiagnostics { publish(uri: closed.document.uri, version: nil, diagnostics: []) }
        guard let directory = closed.session else { return }
        if workspace.hasOpenDocuments(in: directory) {
            schedule(directory, delayMs: 0)
        } else {
            deactivateSession(directory)
        }
    }

    private func didSave(_ identifier: TextDocumentIdentifier) async {
        guard let path = DocumentURI(string: identifier.uri).path else { return }
        let directory = workspace.sessionDirectory(for: path)
        guard workspace.sessions[directory] != nil else { return }
        focus(path, in: directory)
        await reload(directory)
        schedule(directory, delayMs: 0)
    }

    private func didChangeWatchedFiles(_ params: DidChangeWatchedFilesParams) async {
        var touched: [String] = []
        for event in params.changes {
            guard let path = DocumentURI(string: event.uri).path else { continue }
            let directory = path.hasSuffix("/" + SettingsLayer.projectFileName)
                ? FilePaths.parent(of: FilePaths.parent(of: path))
                : workspace.sessionDirectory(for: path)
            if workspace.sessions[directory] != nil, !touched.contains(directory) { touched.append(directory) }
        }
        for directory in touched {
            log.info("files changed on disk in \(directory)")
            await reload(directory)
            schedule(directory, delayMs: 0)
        }
    }

    private func didChangeConfiguration(_ params: DidChangeConfigurationParams) async {
        if let settings = params.settings, settings["interview"] != nil || !capabilities.pullsConfiguration {
            applyUserSettings(settings)
            await reanalyzeAll()
        } else if capabilities.pullsConfiguration {
            pullConfiguration()
        }
    }

    private func didChangeWorkspaceFolders(_ params: DidChangeWorkspaceFoldersParams) {
        workspaceFolders.removeAll { folder in params.removed.contains { $0.uri == folder.uri } }
        workspaceFolders += params.added.filter { folder in !workspaceFolders.contains { $0.uri == folder.uri } }
    }
}
