import Analysis
import Assistant
@testable import InterviewServer
import JSON
import LanguageServerProtocol
import Testing

private let question = SuggestedQuestion(
    text: "The role needs Erlang. Have you worked with it?", requirementId: "erlang", reason: "must-have with no evidence",
    requirement: Citation(path: "jd.md", kind: .jd, range: SourceRange(start: SourcePosition(line: 2, character: 2), end: SourcePosition(line: 2, character: 8)), text: "Erlang"),
    grounding: nil
)

private func builder(_ documents: [SessionDocument], documentChanges: Bool, createFiles: Bool,
                     versions: [String: Int] = [:], existing: Set<String> = [], open: [String: String] = [:]) -> WorkspaceEditBuilder {
    WorkspaceEditBuilder(
        session: Session(root: "/s", documents: documents),
        locations: SessionLocations(directory: "/s", openURIs: open),
        versions: versions,
        support: EditSupport(documentChanges: documentChanges, createFiles: createFiles),
        fileExists: { existing.contains($0) }
    )
}

private let jd = SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Role\n\n- Erlang\n"))
private let markdownTranscript = SessionDocument(path: "transcript.md", kind: .transcript, text: SourceText("Interviewer: Hi\nCandidate: Hello\n"))
private let captions = SessionDocument(path: "round1.vtt", kind: .transcript, text: SourceText("WEBVTT\n\n00:00.000 --> 00:02.000\n<v Sam>Hello\n"))

@Test func withNotesTheQuestionGoesUnderTheirHeadingAtTheOpenBuffersVersion() throws {
    let notes = SessionDocument(path: "notes.md", kind: .notes, text: SourceText("# Notes\n\n## Questions to ask\n\n- [ ] Why us?\n"))
    let edit = try #require(builder([jd, notes, markdownTranscript], documentChanges: true, createFiles: true,
                                    versions: ["notes.md": 7], open: ["notes.md": "file:///s/notes.md"]).edit(appending: question))
    #expect(edit == .documentChanges([.edit(TextDocumentEdit(uri: "file:///s/notes.md", version: 7, edits: [
        TextEdit(range: Range(start: Position(line: 4, character: 13), end: Position(line: 4, character: 13)),
                 newText: "\n- [ ] The role needs Erlang. Have you worked with it?"),
    ]))]))
}

@Test func withoutNotesAClientThatCreatesFilesGetsANewNotesFile() throws {
    let edit = try #require(builder([jd, markdownTranscript], documentChanges: true, createFiles: true).edit(appending: question))
    let start = Position(line: 0, character: 0)
    #expect(edit == .documentChanges([
        .createFile(uri: "file:///s/notes.md", ignoreIfExists: true),
        .edit(TextDocumentEdit(uri: "file:///s/notes.md", version: nil, edits: [
            TextEdit(range: Range(start: start, end: start), newText: QuestionInsertion.newNotesFile(with: question)),
        ])),
    ]))
    #expect(edit.json["documentChanges"]?[0]?["kind"] == "create")
}

@Test func withoutNotesOrCreateFileTheMarkdownTranscriptGetsTheQuestion() throws {
    let edit = try #require(builder([jd, markdownTranscript], documentChanges: false, createFiles: true).edit(appending: question))
    guard case .changes(let changes) = edit else {
        Issue.record("expected a plain changes map for a client without documentChanges")
        return
    }
    #expect(Array(changes.keys) == ["file:///s/transcript.md"])
    #expect(changes["file:///s/transcript.md"]?.first?.newText.hasSuffix("## Questions to ask\n\n- [ ] The role needs Erlang. Have you worked with it?\n") == true)
}

@Test func aNotesFileThatAlreadyExistsOnDiskIsNotCreatedAgain() throws {
    let edit = try #require(builder([jd, markdownTranscript], documentChanges: true, createFiles: true,
                                    existing: ["/s/notes.md"]).edit(appending: question))
    guard case .documentChanges(let changes) = edit, case .edit(let textEdit) = changes.first else {
        Issue.record("expected one text edit")
        return
    }
    #expect(changes.count == 1)
    #expect(textEdit.uri == "file:///s/transcript.md")
}

@Test func aCaptionFileIsNeverEdited() {
    #expect(builder([jd, captions], documentChanges: false, createFiles: false).edit(appending: question) == nil)
    #expect(builder([jd, captions], documentChanges: true, createFiles: false).edit(appending: question) == nil)
    let srt = SessionDocument(path: "call.SRT", kind: .transcript, text: SourceText("1\n00:00:00,000 --> 00:00:02,000\nHello\n"))
    #expect(builder([jd, srt], documentChanges: false, createFiles: true).edit(appending: question) == nil)
}

@Test func withCaptionsOnlyAClientThatCreatesFilesStillGetsNotes() throws {
    let edit = try #require(builder([jd, captions], documentChanges: true, createFiles: true).edit(appending: question))
    guard case .documentChanges(let changes) = edit else {
        Issue.record("expected documentChanges")
        return
    }
    #expect(changes.first == .createFile(uri: "file:///s/notes.md", ignoreIfExists: true))
}

@Test func theIgnoreMarkerIsAppendedToTheRequirementLine() {
    let requirement = Requirement(id: "erlang", text: "Erlang", priority: .must, path: "jd.md",
                                  range: SourceRange(start: SourcePosition(line: 2, character: 2), end: SourcePosition(line: 2, character: 8)),
                                  skills: ["Erlang"], minYears: nil)
    let change = IgnoreMarker.change(ignoring: requirement, in: jd.text)
    let edit = builder([jd], documentChanges: false, createFiles: false).edit(change, in: "jd.md")
    #expect(edit == .changes(["file:///s/jd.md": [
        TextEdit(range: Range(start: Position(line: 2, character: 8), end: Position(line: 2, character: 8)),
                 newText: " <!-- interview: ignore -->"),
    ]]))
}

@Test func editSupportIsReadFromTheClientCapabilities() {
    let capabilities: JSON = ["workspace": ["workspaceEdit": ["documentChanges": true, "resourceOperations": ["rename", "create"]]]]
    #expect(EditSupport(capabilities: ClientCapabilities(json: capabilities)) == EditSupport(documentChanges: true, createFiles: true))
    #expect(EditSupport(capabilities: ClientCapabilities()) == EditSupport(documentChanges: false, createFiles: false))
}
