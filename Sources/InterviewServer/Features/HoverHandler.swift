import Analysis
import Assistant
import Blocking
import JSON
import JSONRPC
import LanguageServerProtocol

/// `textDocument/hover`: a requirement's status and evidence, or which requirements a line of evidence supports.
enum HoverHandler {
    /// The hover at `position`, or nil off requirements and evidence.
    static func hover(at position: SourcePosition, in context: DocumentContext, markdown: Bool) -> Hover? {
        let text = HoverText(markdown: markdown, link: { path, line in context.link(path, line) })
        let kind: MarkupKind = markdown ? .markdown : .plaintext
        let path = context.document.path
        if let assessment = context.requirement(at: position) {
            var value = text.requirement(assessment)
            if let role = context.view.role {
                // In a role, whose coverage this is; with no candidate in view, each one's status and no quotes.
                value = context.view.candidate.map { "Candidate: \(markdown ? MarkdownText.escape($0.name) : $0.name)\n\n" + value }
                    ?? roleOverview(assessment.requirement, role: role, markdown: markdown)
            }
            return Hover(contents: MarkupContent(kind: kind, value: value),
                         range: context.current(assessment.requirement.range, in: path).map(Range.init))
        }
        let found = context.evidence(at: position)
        guard let first = found.evidence.first else { return nil }
        return Hover(contents: MarkupContent(kind: kind, value: text.evidenceLine(supporting: found.assessments)),
                     range: context.current(first.excerpt.range, in: path).map(Range.init))
    }

    /// A requirement of a role's JD with no candidate in view: each candidate's status, no one's quotes.
    static func roleOverview(_ requirement: Requirement, role: RoleAnalysis, markdown: Bool) -> String {
        let bullet = markdown ? "- " : "  "
        // Folder names are anyone's: shown as written, never as a link.
        let name: (String) -> String = { markdown ? "**\(MarkdownText.escape($0))**" : $0 }
        var lines = ["\(requirement.priority.rawValue) · role of \(role.role.candidates.count) candidates", ""]
        let statuses = role.statuses(of: requirement.id)
        lines += statuses.prefix(20).map { "\(bullet)\(name($0.candidate)): \($0.status.rawValue)" }
        if statuses.count > 20 { lines.append("\(bullet)… and \(statuses.count - 20) more (interview.rank lists them all)") }
        lines += ["", "Open a candidate's CV, transcript or notes to see their evidence here."]
        return lines.joined(separator: "\n")
    }
}

extension InterviewLanguageServer {
    func hover(_ params: TextDocumentPositionParams) async -> JSON {
        guard let context = await documentContext(uri: params.textDocument.uri) else { return .null }
        let markdown = capabilities.markdownHover
        let position = SourcePosition(params.position)
        return await BlockingWork.run { HoverHandler.hover(at: position, in: context, markdown: markdown)?.json ?? .null }
    }
}
