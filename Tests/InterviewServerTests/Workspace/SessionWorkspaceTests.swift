import Analysis
@testable import InterviewServer
import LanguageServerProtocol
import SessionSupport
import Synchronization
import Testing

/// Counts how often a workspace decides a document's kind.
private final class ClassifierCalls: Sendable {
    private let calls = Mutex(0)

    var count: Int { calls.withLock { $0 } }

    func classify(_ path: String, _ text: SourceText, _ globs: [DocumentKind: [String]]) -> DocumentKind {
        calls.withLock { $0 += 1 }
        return DocumentClassifier.kind(forPath: path, text: text, globs: globs)
    }
}

private let jdText = "# Platform Engineer\n\n## Requirements\n\n- Kubernetes in production\n"

private func opened(_ path: String, _ text: String) -> OpenDocument {
    OpenDocument(uri: DocumentURI(path: path).string, path: path, version: 1, text: SourceText(text))
}

private func folder(_ directory: String, _ documents: [SessionDocument] = []) -> FolderContents {
    FolderContents(project: (SettingsLayer(), []), disk: Session(root: directory, documents: documents))
}

/// A workspace with an active session at `/s`, counting classifications in `calls`.
private func session(counting calls: ClassifierCalls = ClassifierCalls()) -> SessionWorkspace {
    var workspace = SessionWorkspace(classifier: calls.classify)
    _ = workspace.activate("/s", with: folder("/s"), read: workspace.startRead())
    return workspace
}

private func insert(_ text: String, atLine line: Int) -> TextDocumentContentChangeEvent {
    let position = Position(line: line, character: 0)
    return TextDocumentContentChangeEvent(range: LanguageServerProtocol.Range(start: position, end: position), text: text)
}

// MARK: Folder nesting

@Test func aTranscriptInASubfolderWithoutAJDJoinsTheSessionAboveThatHoldsTheJD() {
    let interviews = "/s/interviews"
    #expect(SessionWorkspace.mayBelongAbove(.transcript, directory: interviews, holding: Session(root: interviews, documents: [])))
    let above = Session(root: "/s", documents: [SessionDocument(path: "jd.md", kind: .jd, text: SourceText(jdText))])
    #expect(SessionWorkspace.sessionFolder(interviews, above: above) == "/s")

    var workspace = SessionWorkspace()
    _ = workspace.activate("/s", with: folder("/s", above.documents), read: workspace.startRead())
    #expect(workspace.sessionDirectory(for: "/s/interviews/round2.vtt") == "/s")
    #expect(workspace.sessionDirectory(for: "/s/cv.md") == "/s")
    // The loader reads one level deep: two levels down is another folder.
    #expect(workspace.sessionDirectory(for: "/s/interviews/2023/round0.vtt") == "/s/interviews/2023")
}

@Test func aSubfolderStaysItsOwnSessionWhenItHoldsAJDOrTheFolderAboveHasNone() {
    let role = "/s/role-b"
    let ownJD = Session(root: role, documents: [SessionDocument(path: "jd.md", kind: .jd, text: SourceText(jdText))])
    #expect(!SessionWorkspace.mayBelongAbove(.transcript, directory: role, holding: ownJD))
    #expect(!SessionWorkspace.mayBelongAbove(.jd, directory: role, holding: Session(root: role, documents: [])))
    #expect(SessionWorkspace.sessionFolder(role, above: Session(root: "/s", documents: [])) == role)
    #expect(SessionWorkspace.sessionFolder(role, above: nil) == role)
    #expect(SessionWorkspace().sessionDirectory(for: "/s/role-b/cv.md") == role)
}

// MARK: Closed JDs

@Test func aClosedJDGetsNoDiagnosticsUntilItIsOpenedAgain() {
    var workspace = session()
    workspace.open(opened("/s/jd.md", jdText))
    workspace.open(opened("/s/cv.md", "# Dana Whitfield\n"))
    #expect(workspace.showsDiagnostics("/s/jd.md"))

    let closed = workspace.close("/s/jd.md")
    #expect(closed?.clearsDiagnostics == true)
    #expect(closed?.session == "/s")
    #expect(!workspace.showsDiagnostics("/s/jd.md"))
    #expect(workspace.hasOpenDocuments(in: "/s"))

    workspace.open(opened("/s/jd.md", jdText))
    #expect(workspace.showsDiagnostics("/s/jd.md"))
}

@Test func closingACVWithoutDiagnosticsLeavesNothingToClear() {
    var workspace = session()
    workspace.open(opened("/s/cv.md", "# Dana Whitfield\n"))
    let closed = workspace.close("/s/cv.md")
    #expect(closed?.clearsDiagnostics == false)
    #expect(workspace.showsDiagnostics("/s/cv.md"))
    #expect(!workspace.hasOpenDocuments(in: "/s"))
}

@Test func endingASessionForgetsItsClosedJDs() {
    var workspace = session()
    workspace.open(opened("/s/jd.md", jdText))
    _ = workspace.close("/s/jd.md")
    #expect(!workspace.showsDiagnostics("/s/jd.md"))
    #expect(workspace.deactivate("/s") != nil)
    #expect(workspace.showsDiagnostics("/s/jd.md"))
}

// MARK: Classification

@Test func aDocumentsKindIsDecidedOnceWhileEditsStayBelowTheLinesThatDecideIt() {
    let calls = ClassifierCalls()
    var workspace = session(counting: calls)
    workspace.open(opened("/s/posting-draft.md", "---\nkind: jd\n---\n" + jdText))
    let globs = workspace.settings(for: "/s").documentGlobs
    #expect(workspace.kind(of: "/s/posting-draft.md", in: "/s", globs: globs) == .jd)

    _ = workspace.change("/s/posting-draft.md", [insert("- Terraform\n", atLine: 8)], version: 2)
    let snapshot = workspace.snapshot("/s")
    _ = workspace.change("/s/posting-draft.md", [insert("We ship daily.\n", atLine: 4)], version: 3)
    let closed = workspace.close("/s/posting-draft.md")

    #expect(snapshot.buffers.map(\.document.kind) == [.jd])
    #expect(closed?.clearsDiagnostics == true)
    #expect(calls.count == 1)
}

@Test func typingFrontMatterDecidesTheKindAgain() {
    let calls = ClassifierCalls()
    var workspace = session(counting: calls)
    workspace.open(opened("/s/draft.md", "Some thoughts\n"))
    let globs = workspace.settings(for: "/s").documentGlobs
    #expect(workspace.kind(of: "/s/draft.md", in: "/s", globs: globs) == .other)

    _ = workspace.change("/s/draft.md", [insert("---\nkind: jd\n---\n", atLine: 0)], version: 2)
    #expect(workspace.kind(of: "/s/draft.md", in: "/s", globs: globs) == .jd)
    #expect(calls.count == 2)
}

@Test func aDocumentsKindIsDecidedAgainForAnotherFolderOrOtherGlobs() {
    let calls = ClassifierCalls()
    var workspace = session(counting: calls)
    workspace.open(opened("/s/calls/monday.md", "Alex: hello\n"))
    #expect(workspace.kind(of: "/s/calls/monday.md", in: "/s/calls", globs: [:]) == .other)
    #expect(workspace.kind(of: "/s/calls/monday.md", in: "/s/calls", globs: [.transcript: ["calls/*.md"]]) == .other)
    #expect(workspace.kind(of: "/s/calls/monday.md", in: "/s", globs: [.transcript: ["calls/*.md"]]) == .transcript)
    #expect(workspace.kind(of: "/s/calls/monday.md", in: "/s", globs: [.transcript: ["calls/*.md"]]) == .transcript)
    #expect(calls.count == 3)
}

@Test func aKindDecidedOffTheActorIsKeptAndNotDecidedAgain() {
    let calls = ClassifierCalls()
    var workspace = session(counting: calls)
    let document = opened("/s/jd.md", jdText)
    workspace.open(document)
    let globs = workspace.settings(for: "/s").documentGlobs
    workspace.record(workspace.classifier("jd.md", document.text, globs), of: document, in: "/s", globs: globs)

    #expect(workspace.snapshot("/s").buffers.map(\.document.kind) == [.jd])
    #expect(calls.count == 1)
}

@Test func aSnapshotPutsEachOpenBufferInPlaceOfItsFile() {
    var workspace = SessionWorkspace()
    let onDisk = [SessionDocument(path: "cv.md", kind: .cv, text: SourceText("# Dana\n")),
                  SessionDocument(path: "jd.md", kind: .jd, text: SourceText(jdText))]
    _ = workspace.activate("/s", with: folder("/s", onDisk), read: workspace.startRead())
    workspace.open(opened("/s/cv.md", "# Dana Whitfield\n\n- Kubernetes in production\n"))

    let snapshot = workspace.snapshot("/s")
    let session = snapshot.session()
    #expect(session.documents.map(\.path) == ["cv.md", "jd.md"])
    #expect(session.documents[0].text.text.contains("Kubernetes"))
    #expect(snapshot.versions == ["/s/cv.md": 1])
}

// MARK: Folder notices

@Test func aFoldersUnreadableFilesAreReportedOnceNotOnEveryRead() {
    var workspace = SessionWorkspace()
    var contents = folder("/s")
    contents.disk.problems = [SessionProblem(path: "cv.pdf", message: "cv.pdf: binary file; export it as .md or .txt")]
    #expect(workspace.activate("/s", with: contents, read: workspace.startRead()).problems == ["/s/cv.pdf: cv.pdf: binary file; export it as .md or .txt"])
    #expect(workspace.update("/s", with: contents, read: workspace.startRead()).problems.isEmpty)
}
