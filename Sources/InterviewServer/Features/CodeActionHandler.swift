#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import Assistant
import Blocking
import JSON
import JSONRPC
import LanguageServerProtocol
import SessionSupport

/// `textDocument/codeAction` on a JD: "Ask next: <question>" and "Ignore this requirement" for each requirement
/// with an interview diagnostic in the request, or under the cursor.
enum CodeActionHandler {
    /// The actions for the requirements in `requirementIds` (in that order).
    /// `written` holds model questions by requirement id; the others get the offline question.
    static func actions(for requirementIds: [String], diagnostics: [Diagnostic], in context: DocumentContext,
                        written: [String: SuggestedQuestion] = [:],
                        edits: WorkspaceEditBuilder) -> [CodeAction] {
        var actions: [CodeAction] = []
        for id in requirementIds {
            guard let assessment = context.analysis.assessments.first(where: { $0.requirement.id == id }),
                  assessment.requirement.path == context.document.path else { continue }
            let related = diagnostics.filter { $0.data?["requirementId"]?.stringValue == id }
            let question = written[id] ?? QuestionGenerator.question(for: assessment)
            let title = "Ask next: \(question.text)"
            if let edit = edits.edit(appending: question) {
                actions.append(CodeAction(title: title, diagnostics: related, isPreferred: true, edit: edit))
            } else {
                // No notes or editable transcript: show the question instead of editing a caption file.
                let arguments: [JSON] = [["uri": .string(context.locations.uri(for: context.document.path)),
                                          "requirementId": .string(id), "show": true]]
                actions.append(CodeAction(title: title, diagnostics: related,
                                          command: Command(title: title, command: NextQuestionCommand.name, arguments: arguments)))
            }
            // The marker goes on the requirement's line as the buffer has it now; not while that line is being edited.
            var requirement = assessment.requirement
            guard let range = context.current(requirement.range, in: requirement.path) else { continue }
            requirement.range = range
            let jd = edits.session.documents.first { $0.path == context.document.path }?.text ?? context.buffer
            let ignore = IgnoreMarker.change(ignoring: requirement, in: jd)
            actions.append(CodeAction(title: "Ignore this requirement", diagnostics: related,
                                      edit: edits.edit(ignore, in: context.document.path)))
        }
        return actions
    }

    /// Requirement ids from the interview diagnostics in the request (read from `data` alone: some clients send
    /// back partial diagnostics), else the requirements on the selected lines (of the client's buffer).
    static func requirementIds(diagnostics: [JSON], range selected: SourceRange, in context: DocumentContext) -> [String] {
        var ids: [String] = []
        for diagnostic in diagnostics where (diagnostic["source"]?.stringValue ?? "interview") == "interview" {
            if let id = diagnostic["data"]?["requirementId"]?.stringValue, !ids.contains(id) { ids.append(id) }
        }
        guard ids.isEmpty, context.document.kind == .jd,
              let start = context.analysed(selected.start) ?? context.analysed(selected.end),
              let end = context.analysed(selected.end) ?? context.analysed(selected.start) else { return ids }
        let range = SourceRange(start: start, end: end)
        for assessment in context.analysis.assessments where assessment.requirement.path == context.document.path {
            let lines = assessment.requirement.range.start.line...assessment.requirement.range.end.line
            if lines.overlaps(range.start.line...max(range.start.line, range.end.line)) { ids.append(assessment.requirement.id) }
        }
        return ids
    }
}

extension InterviewLanguageServer {
    func codeActions(_ params: CodeActionParams) async -> JSON {
        let range = SourceRange(params.range)
        if let only = params.only, !only.contains("quickfix") { return [] }
        let received = params.diagnostics
        // Only complete diagnostics are echoed back on the actions.
        let diagnostics = received.compactMap { try? Diagnostic(json: $0) }
        // A role's JD with no candidate in view: there is nobody to ask, and no one's notes to write in.
        guard let context = await documentContext(uri: params.textDocument.uri), context.document.kind == .jd,
              !context.view.isRoleOverview else { return [] }
        let ids = CodeActionHandler.requirementIds(diagnostics: received, range: range, in: context)
        guard !ids.isEmpty else { return [] }
        let edits = await editBuilder(for: context.directory, candidate: context.view)
        let asked = context.analysis.assessments.filter { ids.contains($0.requirement.id) }
        let written = await modelQuestions(for: asked, directory: context.directory, candidate: context.view.candidate?.name,
                                           within: Self.askNextModelWait)
        return .array(CodeActionHandler.actions(for: ids, diagnostics: diagnostics, in: context, written: written, edits: edits)
            .map(\.json))
    }

    /// Edits against the session as the client sees it now (open buffers and their versions); in a role, against
    /// the role's JDs and the candidate's files only, with new notes in the candidate's folder.
    func editBuilder(for directory: String, candidate view: SessionView? = nil) async -> WorkspaceEditBuilder {
        var versions: [String: Int] = [:]
        for document in workspace.documents.values {
            if let relative = FilePaths.relative(document.path, to: directory) { versions[relative] = document.version }
        }
        let snapshot = workspace.snapshot(directory)
        let (role, candidate) = (view?.role?.role, view?.candidate)
        let session = await BlockingWork.run {
            let session = snapshot.session()
            guard let role, let candidate else { return session }
            let names = Set(role.jobDescriptions.map(\.path) + candidate.documents.map(\.path))
            return Session(root: session.root, documents: session.documents.filter { names.contains($0.path) })
        }
        // A CV beside the JD has no folder of its own: its questions are shown, not written in the role's folder.
        let notesFolder: String? = candidate == nil ? "" : candidate?.folder
        return WorkspaceEditBuilder(session: session, locations: locations(in: directory), versions: versions,
                                    support: EditSupport(capabilities: capabilities), fileExists: { access($0, F_OK) == 0 },
                                    notesFolder: notesFolder)
    }
}
