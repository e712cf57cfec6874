import Analysis
import Assistant
@testable import InterviewServer
import JSON
import LanguageServerProtocol
import Testing

private let session = Session(root: "/s", documents: [
    SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Backend Engineer\n\n## Requirements\n\n- Experience with Erlang/OTP in production\n")),
    SessionDocument(path: "round1.vtt", kind: .transcript, text: SourceText("WEBVTT\n\n00:00.000 --> 00:02.000\n<v Sam>Hello there\n")),
])

private func context() -> DocumentContext {
    let analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
    return DocumentContext(directory: "/s", document: session.documents[0], analysis: analysis,
                           locations: SessionLocations(directory: "/s", openURIs: ["jd.md": "file:///s/jd.md"]))
}

private func edits(documentChanges: Bool, createFiles: Bool) -> WorkspaceEditBuilder {
    WorkspaceEditBuilder(session: session, locations: SessionLocations(directory: "/s", openURIs: ["jd.md": "file:///s/jd.md"]),
                         versions: ["jd.md": 3], support: EditSupport(documentChanges: documentChanges, createFiles: createFiles),
                         fileExists: { _ in false })
}

@Test func theCursorOnARequirementLineOffersItsActionsWithoutADiagnostic() {
    let cursor = SourceRange(start: SourcePosition(line: 4, character: 5), end: SourcePosition(line: 4, character: 5))
    let ids = CodeActionHandler.requirementIds(diagnostics: [], range: cursor, in: context())
    #expect(ids.count == 1)
    let heading = SourceRange(start: SourcePosition(line: 2, character: 0), end: SourcePosition(line: 2, character: 0))
    #expect(CodeActionHandler.requirementIds(diagnostics: [], range: heading, in: context()).isEmpty)
}

@Test func aDiagnosticsRequirementIdIsReadEvenFromAPartialDiagnostic() {
    let anywhere = SourceRange(start: SourcePosition(line: 0, character: 0), end: SourcePosition(line: 0, character: 0))
    let partial: JSON = ["code": "unmet-requirement", "data": ["requirementId": "erlang"]]
    let foreign: JSON = ["source": "cspell", "message": "typo", "data": ["requirementId": "nope"]]
    #expect(CodeActionHandler.requirementIds(diagnostics: [partial, foreign], range: anywhere, in: context()) == ["erlang"])
}

@Test func withOnlyACaptionFileAndNoFileCreationAskNextShowsTheQuestionInstead() throws {
    let context = context()
    let id = try #require(context.analysis.assessments.first?.requirement.id)
    let actions = CodeActionHandler.actions(for: [id], diagnostics: [], in: context, edits: edits(documentChanges: false, createFiles: false))
    #expect(actions.map(\.title.first) == ["A", "I"])
    let ask = actions[0]
    #expect(ask.edit == nil)
    #expect(ask.command?.command == "interview.nextQuestion")
    #expect(ask.command?.arguments.first?["show"] == true)
    #expect(ask.command?.arguments.first?["requirementId"] == .string(id))
    #expect(actions[1].edit == .changes(["file:///s/jd.md": [
        TextEdit(range: Range(start: Position(line: 4, character: 42), end: Position(line: 4, character: 42)),
                 newText: " <!-- interview: ignore -->"),
    ]]))
}

@Test func theIgnoreEditIsVersionedAgainstTheOpenJD() throws {
    let context = context()
    let id = try #require(context.analysis.assessments.first?.requirement.id)
    let actions = CodeActionHandler.actions(for: [id], diagnostics: [], in: context, edits: edits(documentChanges: true, createFiles: true))
    guard case .documentChanges(let changes)? = actions[1].edit, case .edit(let edit)? = changes.first else {
        Issue.record("expected a versioned edit")
        return
    }
    #expect(edit.version == 3)
    #expect(actions[0].edit != nil, "a client that creates files gets notes.md")
}
