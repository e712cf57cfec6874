import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol

/// `textDocument/codeLens`: the coverage summary above a JD's title, and on a role's JD its ranking's headline.
enum CodeLensHandler {
    /// One lens on the JD's title line (or its first line); none on other documents.
    static func lenses(in context: DocumentContext) -> [CodeLens] {
        guard context.document.kind == .jd else { return [] }
        let path = context.document.path
        let analysedTitle = context.analysis.jobDescriptions[path]?.titleRange ?? SourceRange(start: .init(line: 0, character: 0), end: .init(line: 0, character: 0))
        // Where the title is in the buffer now; the first line while it is being edited.
        let titleLine = context.current(analysedTitle, in: path)?.start.line ?? 0
        let title = coverageTitle(in: context)
        let uri = context.locations.uri(for: path)
        let range = Range(start: Position(line: titleLine, character: 0), end: Position(line: titleLine, character: 0))
        return [CodeLens(range: range, command: Command(title: title, command: ShowCoverageCommand.name, arguments: [["uri": .string(uri)]]))]
    }

    /// The JD's coverage; in a role, whose it is ("Coverage of ada: must: …"), or with no candidate in view what no
    /// candidate evidences.
    static func coverageTitle(in context: DocumentContext) -> String {
        let path = context.document.path
        guard let role = context.view.role else { return CoverageLine.text(for: context.analysis, jdPath: path) }
        guard let candidate = context.view.candidate else {
            let unmet = role.unmetByAll.filter { $0.path == path && $0.priority == .must }.count
            return "Role of \(role.role.candidates.count) candidates: \(unmet) must-have\(unmet == 1 ? "" : "s") no candidate evidences"
                + " · open a candidate's file to see their coverage"
        }
        return "Coverage of \(candidate.name): " + CoverageLine.text(for: context.analysis, jdPath: path)
    }

    /// "5 candidates · best: alice" beside the coverage lens, running `interview.rank`.
    static func roleLens(_ ranking: RoleRanking, beside coverage: CodeLens, in context: DocumentContext) -> CodeLens {
        let uri = context.locations.uri(for: context.document.path)
        return CodeLens(range: coverage.range, command: Command(title: RankReport.headline(ranking), command: RankCommand.name,
                                                                arguments: [["uri": .string(uri)]]))
    }

    /// The coverage of a JD requirement by requirement, for `interview.showCoverage`.
    static func coverageMessage(for analysis: SessionAnalysis, jdPath: String) -> String {
        var lines = ["\(jdPath): \(CoverageLine.text(for: analysis, jdPath: jdPath))"]
        for assessment in analysis.assessments where assessment.requirement.path == jdPath {
            let requirement = assessment.requirement
            lines.append("\(requirement.priority.rawValue) · \(assessment.status.rawValue): \(requirement.text)")
        }
        return lines.joined(separator: "\n")
    }
}

extension InterviewLanguageServer {
    func codeLenses(_ params: TextDocumentParams) async -> JSON {
        guard let context = await documentContext(uri: params.textDocument.uri) else { return [] }
        var lenses = CodeLensHandler.lenses(in: context)
        // A role's JD: one folder, a candidate per sub-folder or CV file; a plain session has one candidate.
        if let coverage = lenses.first, let ranking = await ranking(in: context.directory, minimumCandidates: 2) {
            lenses.append(CodeLensHandler.roleLens(ranking, beside: coverage, in: context))
        }
        return .array(lenses.map(\.json))
    }

    /// Shows the coverage of the JD at `uri` with `window/showMessage` and returns the text.
    func showCoverage(uri: String) async throws(ResponseError) -> String {
        guard let context = await documentContext(uri: uri), context.document.kind == .jd else {
            throw .invalidParams("\(uri) is not the job description of an open session")
        }
        var message = CodeLensHandler.coverageMessage(for: context.analysis, jdPath: context.document.path)
        if let role = context.view.role {
            let whose = context.view.candidate.map { "coverage of \($0.name)" } ?? "the best status any of the \(role.role.candidates.count) candidates reaches"
            message = "Role: \(whose)\n" + message
        }
        connection.send(Notification(method: "window/showMessage", params: ShowMessageParams(type: .info, message: message).json))
        return message
    }
}
