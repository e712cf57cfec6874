import Analysis
import Assistant
import LanguageServerProtocol
import SessionSupport

/// What the client accepts in a workspace edit (`workspace.workspaceEdit`).
struct EditSupport: Sendable, Hashable {
    /// `documentChanges`: versioned edits.
    var documentChanges: Bool
    /// `resourceOperations` contains "create".
    var createFiles: Bool

    init(documentChanges: Bool, createFiles: Bool) {
        self.documentChanges = documentChanges
        self.createFiles = createFiles
    }

    init(capabilities: ClientCapabilities) {
        documentChanges = capabilities.documentChanges
        createFiles = capabilities.resourceOperations.contains("create")
    }
}

/// Builds workspace edits over the session's documents, versioned against the open buffers.
struct WorkspaceEditBuilder: Sendable {
    /// The session with every open buffer in place of its file.
    let session: Session
    let locations: SessionLocations
    /// Versions of the open documents, by session-relative path.
    let versions: [String: Int]
    let support: EditSupport
    /// Whether a file exists on disk (absolute path); injectable for tests.
    let fileExists: @Sendable (String) -> Bool
    /// The session-relative folder a new notes file goes in (`""`: the session's own); nil creates none.
    var notesFolder: String? = ""

    /// The file created for questions when the session has no notes.
    static let notesFileName = "notes.md"

    /// One engine change to the document at `path`.
    func edit(_ change: TextChange, in path: String) -> WorkspaceEdit {
        let uri = locations.uri(for: path)
        let textEdit = TextEdit(range: Range(change.range), newText: change.newText)
        guard support.documentChanges else { return .changes([uri: [textEdit]]) }
        return .documentChanges([.edit(TextDocumentEdit(uri: uri, version: versions[path], edits: [textEdit]))])
    }

    /// Appends `question` under "Questions to ask" of the session's notes; without notes, creates `notes.md`
    /// when the client can create files, else appends to a Markdown or plain-text transcript. A WebVTT or SRT
    /// file is never edited: nil when no document can take the question.
    func edit(appending question: SuggestedQuestion) -> WorkspaceEdit? {
        if let notes = session.documents(of: .notes).first(where: { Self.isEditable($0.path) }) {
            return edit(QuestionInsertion.change(appending: question, to: notes.text), in: notes.path)
        }
        if let notesFolder, support.documentChanges, support.createFiles {
            let notesPath = notesFolder.isEmpty ? Self.notesFileName : notesFolder + "/" + Self.notesFileName
            if !fileExists(FilePaths.join(locations.directory, notesPath)), !session.documents.contains(where: { $0.path == notesPath }) {
                return createNotes(notesPath, with: question)
            }
        }
        if let transcript = session.documents(of: .transcript).first(where: { Self.isEditable($0.path) }) {
            return edit(QuestionInsertion.change(appending: question, to: transcript.text), in: transcript.path)
        }
        return nil
    }

    /// Creates the notes file at session-relative `path` with `question` under "Questions to ask".
    private func createNotes(_ path: String, with question: SuggestedQuestion) -> WorkspaceEdit {
        let uri = locations.uri(for: path)
        let start = SourcePosition(line: 0, character: 0)
        let insert = TextEdit(range: Range(SourceRange(start: start, end: start)), newText: QuestionInsertion.newNotesFile(with: question))
        return .documentChanges([
            .createFile(uri: uri, ignoreIfExists: true),
            .edit(TextDocumentEdit(uri: uri, version: nil, edits: [insert])),
        ])
    }

    /// Markdown or plain text: a document the user types in. Captions (`.vtt`, `.srt`) are exports, never edited.
    static func isEditable(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return [".md", ".markdown", ".txt"].contains { lowered.hasSuffix($0) }
    }
}
