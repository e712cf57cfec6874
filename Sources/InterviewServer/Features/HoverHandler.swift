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
            return Hover(contents: MarkupContent(kind: kind, value: text.requirement(assessment)),
                         range: context.current(assessment.requirement.range, in: path).map(Range.init))
        }
        let found = context.evidence(at: position)
        guard let first = found.evidence.first else { return nil }
        return Hover(contents: MarkupContent(kind: kind, value: text.evidenceLine(supporting: found.assessments)),
                     range: context.current(first.excerpt.range, in: path).map(Range.init))
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
