import Analysis
import LanguageServerProtocol

/// What a request about one open document needs: its session, the latest analysis and how to name locations.
struct DocumentContext: Sendable {
    /// The session folder, absolute.
    let directory: String
    /// The document as the analysis saw it (session-relative path, kind, text).
    let document: SessionDocument
    let analysis: SessionAnalysis
    let locations: SessionLocations
}

extension InterviewLanguageServer {
    /// The context of the session document at `uri`, after any analysis already scheduled for its folder;
    /// nil when the document belongs to no active session.
    func documentContext(uri: String) async -> DocumentContext? {
        guard let path = DocumentURI(string: uri).path else { return nil }
        let directory = sessionDirectory(for: path)
        guard let relative = FilePaths.relative(path, to: directory),
              let analysis = await latestAnalysis(directory),
              let document = analysis.session.documents.first(where: { $0.path == relative })
        else { return nil }
        return DocumentContext(directory: directory, document: document, analysis: analysis, locations: locations(in: directory))
    }

    /// The session's analysis, waiting for a scheduled one so that positions match the buffers the client sees.
    func latestAnalysis(_ directory: String) async -> SessionAnalysis? {
        // A few rounds at most: while the user keeps typing, a slightly older analysis is better than none.
        for _ in 0..<4 {
            guard let state = sessions[directory] else { return nil }
            if state.analysis != nil, state.analyzedGeneration == state.generation { break }
            guard let pending = state.pending else { break }
            await pending.value
        }
        return sessions[directory]?.analysis
    }

    /// How to name the documents of the session at `directory` for the client.
    func locations(in directory: String) -> SessionLocations {
        var open: [String: String] = [:]
        for document in documents.values {
            if let relative = FilePaths.relative(document.path, to: directory) { open[relative] = document.uri }
        }
        return SessionLocations(directory: directory, openURIs: open)
    }

    /// The session a command is about: the one of `uri` (a document or the folder); without a `uri`, the only or
    /// most recently active one. Nil when none applies: a `uri` outside every session never gets an answer about
    /// another candidate.
    func commandSession(uri: String?) -> String? {
        guard let uri else { return sessions.max { $0.value.lastActivity < $1.value.lastActivity }?.key }
        guard let path = DocumentURI(string: uri).path else { return nil }
        if sessions[path] != nil { return path }
        let directory = sessionDirectory(for: path)
        return sessions[directory] != nil ? directory : nil
    }
}
