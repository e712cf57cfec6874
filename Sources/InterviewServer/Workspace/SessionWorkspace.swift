import Analysis
import LanguageServerProtocol
import SessionSupport

/// What the server knows of the user's files: open documents, active session folders, the JDs the user closed,
/// each open document's kind and which folder a file belongs to.
///
/// It does no I/O: the server reads folders off its actor (`FolderContents`), hands them in, and turns what
/// this decides into messages.
struct SessionWorkspace: Sendable {
    /// Decides a document's kind from its session-relative path, its text and the folder's globs.
    typealias Classifier = @Sendable (_ path: String, _ text: SourceText, _ globs: [DocumentKind: [String]]) -> DocumentKind

    /// A document the editor closed.
    struct ClosedDocument: Sendable {
        var document: OpenDocument
        /// The active session folder it belonged to, if any.
        var session: String?
        /// Whether its diagnostics are to be cleared: it is a JD, or it showed diagnostics.
        var clearsDiagnostics: Bool
    }

    /// Open documents by absolute path.
    private(set) var documents: [String: OpenDocument] = [:]
    /// Active sessions by absolute folder path.
    var sessions: [String: SessionState] = [:]
    /// JDs the user closed, by absolute path: no diagnostics until reopened.
    private(set) var closedJDs: Set<String> = []
    /// Settings from the client (initializationOptions, didChangeConfiguration or workspace/configuration).
    var userLayer = SettingsLayer()
    /// Each open document's kind as last decided, by absolute path.
    private var classifications: [String: DocumentClassification] = [:]
    /// Decides kinds; the server hands it off the actor to decide a kind there (see `record`).
    let classifier: Classifier
    /// How many reads of folders have started (`startRead`).
    private var readsStarted = 0

    /// A workspace deciding kinds with `classifier`: the document classifier unless a test counts its calls.
    init(classifier: @escaping Classifier = { DocumentClassifier.kind(forPath: $0, text: $1, globs: $2) }) {
        self.classifier = classifier
    }

    /// Settings for a session folder: the client's settings over the defaults, as far as its project file may change them.
    func settings(for directory: String) -> ServerSettings {
        ServerSettings.resolve([sessions[directory]?.projectLayer ?? SettingsLayer(), userLayer])
    }

    // MARK: Documents

    /// Records a document the editor opened; a JD the user had closed gets diagnostics again.
    mutating func open(_ document: OpenDocument) {
        documents[document.path] = document
        classifications[document.path] = nil
        closedJDs.remove(document.path)
    }

    /// Applies the editor's changes to the open document at `path`; nil when it is not open. Its kind stays
    /// decided unless the changes reach the lines that decide it.
    mutating func change(_ path: String, _ changes: [TextDocumentContentChangeEvent], version: Int) -> OpenDocument? {
        guard let document = documents[path] else { return nil }
        let edited = document.applying(changes, version: version)
        documents[path] = edited
        if let known = classifications[path], known.isAffected(by: changes) { classifications[path] = nil }
        return edited
    }

    /// Forgets the document the editor closed. A JD, or a document showing diagnostics, is remembered as closed:
    /// it gets no diagnostics until reopened.
    mutating func close(_ path: String) -> ClosedDocument? {
        guard let document = documents[path] else { return nil }
        let directory = sessionDirectory(for: path)
        var closed = ClosedDocument(document: document, session: nil, clearsDiagnostics: false)
        if sessions[directory] != nil {
            closed.session = directory
            let kind = kind(of: path, in: directory, globs: settings(for: directory).documentGlobs)
            if kind == .jd || sessions[directory]?.published[path] != nil {
                closedJDs.insert(path)
                sessions[directory]?.published[path] = nil
                closed.clearsDiagnostics = true
            }
        }
        documents[path] = nil
        classifications[path] = nil
        return closed
    }

    /// The kind of the open document at `path` as a document of the session at `directory`: decided once, and
    /// again only when its session-relative name, the folder's globs or the lines that decide it change.
    mutating func kind(of path: String, in directory: String, globs: [DocumentKind: [String]]) -> DocumentKind {
        guard let document = documents[path] else { return .other }
        let relative = FilePaths.relative(path, to: directory) ?? path
        if let known = classifications[path], known.holds(path: relative, globs: globs) { return known.kind }
        let kind = classifier(relative, document.text, globs)
        classifications[path] = DocumentClassification(path: relative, globs: globs, kind: kind, text: document.text)
        return kind
    }

    /// Keeps the kind `classifier` decided off the actor for `document` as a document of the session at
    /// `directory`, unless the document changed since.
    mutating func record(_ kind: DocumentKind, of document: OpenDocument, in directory: String, globs: [DocumentKind: [String]]) {
        guard documents[document.path]?.version == document.version else { return }
        let relative = FilePaths.relative(document.path, to: directory) ?? document.path
        classifications[document.path] = DocumentClassification(path: relative, globs: globs, kind: kind, text: document.text)
    }

    /// Whether the JD or document at `path` may show diagnostics: not after the user closed it, until reopened.
    func showsDiagnostics(_ path: String) -> Bool {
        !closedJDs.contains(path)
    }

    // MARK: Sessions

    /// The session folder a file belongs to: its folder, or the active session one level up
    /// (the loader reads session folders one level deep).
    func sessionDirectory(for path: String) -> String {
        let directory = FilePaths.parent(of: path)
        guard sessions[directory] == nil else { return directory }
        let parent = FilePaths.parent(of: directory)
        return parent != directory && sessions[parent] != nil ? parent : directory
    }

    /// Whether a session document of `kind` whose own folder `directory` holds `disk` may belong to the folder
    /// above: a transcript kept in a subfolder (`session/interviews/round1.vtt`) does when its folder has no JD.
    static func mayBelongAbove(_ kind: DocumentKind, directory: String, holding disk: Session) -> Bool {
        kind != .jd && FilePaths.parent(of: directory) != directory && disk.documents(of: .jd).isEmpty
    }

    /// The folder a session starts in for a document whose own folder is `directory`: the folder above when
    /// `mayBelongAbove` and that folder holds the JD (`above`, what it holds), else its own.
    static func sessionFolder(_ directory: String, above: Session?) -> String {
        guard let above, !above.documents(of: .jd).isEmpty else { return directory }
        return FilePaths.parent(of: directory)
    }

    /// Whether any open document belongs to the session at `directory`.
    func hasOpenDocuments(in directory: String) -> Bool {
        documents.keys.contains { sessionDirectory(for: $0) == directory }
    }

    /// The number of a read of a folder about to start. Reads finish in any order (two documents of one folder
    /// opened at once, an open racing a save): each result is taken in only when no read started later already was.
    mutating func startRead() -> Int {
        readsStarted += 1
        return readsStarted
    }

    /// Starts tracking the session at `directory` (unless it is already) with what its folder holds, as read by
    /// the read numbered `read` (`startRead`).
    mutating func activate(_ directory: String, with contents: FolderContents, read: Int) -> FolderNotices {
        if sessions[directory] == nil { sessions[directory] = SessionState(disk: Session(root: directory, documents: [])) }
        return update(directory, with: contents, read: read)
    }

    /// Stops tracking the session at `directory`: its closed JDs are forgotten. Returns its last state.
    mutating func deactivate(_ directory: String) -> SessionState? {
        guard let state = sessions.removeValue(forKey: directory) else { return nil }
        closedJDs = closedJDs.filter { FilePaths.relative($0, to: directory) == nil }
        return state
    }

    /// Takes in what the session's folder holds now, as read by the read numbered `read`, unless a read started
    /// later was taken in already. Returns what is new to tell the user: project file warnings and ignored settings
    /// when they changed, files that could not be used and were not reported before.
    mutating func update(_ directory: String, with contents: FolderContents, read: Int) -> FolderNotices {
        guard var state = sessions[directory], read > state.lastRead else { return FolderNotices() }
        state.lastRead = read
        var notices = FolderNotices(failure: contents.failure.map { "could not read session folder \(directory): \($0)" })
        state.projectLayer = contents.project.layer
        if contents.project.warnings != state.projectWarnings { notices.warnings += contents.project.warnings }
        state.projectWarnings = contents.project.warnings
        let ignored = ServerSettings.resolve([state.projectLayer, userLayer]).ignoredFolderSettings
        if ignored != state.ignoredFolderSettings, !ignored.isEmpty {
            notices.warnings.append("\(FilePaths.join(directory, SettingsLayer.projectFileName)): \(IgnoredFolderSetting.notice(ignored))")
        }
        state.ignoredFolderSettings = ignored
        let previous = state.disk.problems
        state.disk = contents.disk
        for problem in contents.disk.problems where !previous.contains(problem) {
            notices.problems.append("\(FilePaths.join(directory, problem.path)): \(problem.message)")
        }
        sessions[directory] = state
        return notices
    }

    /// The session at `directory` as an analysis reads it: the folder as last read, with the open buffers of the
    /// folder in place of their files.
    mutating func snapshot(_ directory: String) -> SessionSnapshot {
        let disk = sessions[directory]?.disk ?? Session(root: directory, documents: [])
        let globs = settings(for: directory).documentGlobs
        var buffers: [SessionSnapshot.Buffer] = []
        for path in documents.keys.sorted() where sessionDirectory(for: path) == directory {
            guard let open = documents[path], let relative = FilePaths.relative(path, to: directory) else { continue }
            let document = SessionDocument(path: relative, kind: kind(of: path, in: directory, globs: globs), text: open.text)
            buffers.append(SessionSnapshot.Buffer(path: path, document: document, version: open.version))
        }
        return SessionSnapshot(directory: directory, disk: disk, buffers: buffers)
    }
}
