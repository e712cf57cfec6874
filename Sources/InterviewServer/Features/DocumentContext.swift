import Analysis
import Blocking
import LanguageServerProtocol
import SessionSupport

/// What a request about one open document needs: its session, the last finished analysis and how to name
/// locations.
///
/// The analysis may be older than the buffers the client sees (a newer one is pending): requests answer for
/// the analysed text, with positions mapped between it and the buffers (`TextDelta`). A request position inside
/// text changed since the analysis finds nothing, and an answer range there is left out, until the pending
/// analysis is done.
struct DocumentContext: Sendable {
    /// The session folder, absolute.
    let directory: String
    /// The document as the analysis saw it (session-relative path, kind, text).
    let document: SessionDocument
    let analysis: SessionAnalysis
    let locations: SessionLocations
    /// The document's text in the client's buffer now (the analysed text when it is not open).
    let buffer: SourceText
    /// How positions moved since the analysis, by session-relative path, for the open documents edited since.
    let deltas: [String: TextDelta]
    /// In a role: the role's analyses and the candidate `analysis` is of (none for the role's overview).
    let view: SessionView

    /// A context answering about `analysis`; without `buffer` and `deltas`, the client has the analysed texts.
    init(directory: String, document: SessionDocument, analysis: SessionAnalysis, locations: SessionLocations,
         buffer: SourceText? = nil, deltas: [String: TextDelta] = [:], view: SessionView? = nil) {
        self.directory = directory
        self.document = document
        self.analysis = analysis
        self.view = view ?? SessionView(analysis: analysis)
        self.locations = locations
        self.buffer = buffer ?? document.text
        self.deltas = deltas
    }

    /// Where a position of the client's buffer was in the analysed document; nil inside text changed since.
    func analysed(_ position: SourcePosition) -> SourcePosition? {
        deltas[document.path].map { $0.oldPosition(position) } ?? position
    }

    /// Where an analysed range of the document at `path` is in the client's buffer; nil when it was edited since.
    func current(_ range: SourceRange, in path: String) -> SourceRange? {
        deltas[path].map { $0.newRange(range) } ?? range
    }

    /// The client's location of an analysed range; nil when that text was edited since.
    func location(_ path: String, _ range: SourceRange) -> Location? {
        current(range, in: path).map { locations.location(path, $0) }
    }

    /// A link to an analysed line of the document at `path`, at that line's place in the client's buffer.
    func link(_ path: String, _ line: Int) -> String? {
        let position = SourcePosition(line: line, character: 0)
        return current(SourceRange(start: position, end: position), in: path).map { locations.link(path, $0.start.line) }
    }
}

extension InterviewLanguageServer {
    /// The context of the session document at `uri`, from the session's last finished analysis;
    /// nil when the document belongs to no active session.
    func documentContext(uri: String) async -> DocumentContext? {
        guard let path = DocumentURI(string: uri).path else { return nil }
        let directory = workspace.sessionDirectory(for: path)
        guard let relative = FilePaths.relative(path, to: directory),
              await finishedAnalysis(directory) != nil,
              let view = workspace.sessions[directory]?.view(of: relative),
              let document = view.analysis.session.documents.first(where: { $0.path == relative })
        else { return nil }
        let analysis = view.analysis
        let versions = workspace.sessions[directory]?.analyzedVersions ?? [:]
        var edited: [(path: String, analysed: SourceText, buffer: SourceText)] = []
        for analysed in analysis.session.documents {
            let absolute = FilePaths.join(directory, analysed.path)
            if let open = workspace.documents[absolute], versions[absolute] != open.version {
                edited.append((analysed.path, analysed.text, open.text))
            }
        }
        // Comparing texts is linear in their length (a few ms for 10 MB): off the actor.
        let changes = edited
        let deltas = changes.isEmpty ? [:] : await BlockingWork.run {
            Dictionary(uniqueKeysWithValues: changes.map { ($0.path, TextDelta(from: $0.analysed, to: $0.buffer)) })
        }
        return DocumentContext(directory: directory, document: document, analysis: analysis, locations: locations(in: directory),
                               buffer: workspace.documents[path]?.text ?? document.text, deltas: deltas, view: view)
    }

    /// The session's last finished analysis, without waiting for a pending one: requests about documents answer
    /// at once while a large transcript is analysed. Only before the first analysis is there nothing to answer
    /// from; then it waits for it.
    func finishedAnalysis(_ directory: String) async -> SessionAnalysis? {
        var awaited: Task<Void, Never>?
        while let state = workspace.sessions[directory], state.analysis == nil, let pending = state.pending, pending != awaited {
            awaited = pending
            await pending.value
        }
        return workspace.sessions[directory]?.analysis
    }

    /// The session's analysis, waiting for a scheduled one so that commands answer about the text the user sees.
    func latestAnalysis(_ directory: String) async -> SessionAnalysis? {
        // A few rounds at most: while the user keeps typing, a slightly older analysis is better than none.
        for _ in 0..<4 {
            guard let state = workspace.sessions[directory] else { return nil }
            if state.analysis != nil, state.analyzedGeneration == state.generation { break }
            guard let pending = state.pending else { break }
            await pending.value
        }
        return workspace.sessions[directory]?.analysis
    }

    /// What a command about `uri` (a document, the folder, or nil for the focused candidate) answers from, waiting
    /// for a scheduled analysis as `latestAnalysis` does.
    func latestView(_ directory: String, uri: String?) async -> SessionView? {
        guard await latestAnalysis(directory) != nil else { return nil }
        let relative = uri.flatMap { DocumentURI(string: $0).path }.flatMap { FilePaths.relative($0, to: directory) }
        return workspace.sessions[directory]?.view(of: relative == "" ? nil : relative)
    }

    /// How to name the documents of the session at `directory` for the client.
    func locations(in directory: String) -> SessionLocations {
        var open: [String: String] = [:]
        for document in workspace.documents.values {
            if let relative = FilePaths.relative(document.path, to: directory) { open[relative] = document.uri }
        }
        return SessionLocations(directory: directory, openURIs: open)
    }

    /// The session a command is about: the one of `uri` (a document or the folder); without a `uri`, the only or
    /// most recently active one. Nil when none applies: a `uri` outside every session never gets an answer about
    /// another candidate.
    func commandSession(uri: String?) -> String? {
        guard let uri else { return workspace.sessions.max { $0.value.lastActivity < $1.value.lastActivity }?.key }
        guard let path = DocumentURI(string: uri).path else { return nil }
        if workspace.sessions[path] != nil { return path }
        let directory = workspace.sessionDirectory(for: path)
        return workspace.sessions[directory] != nil ? directory : nil
    }
}
