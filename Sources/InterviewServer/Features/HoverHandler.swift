import Analysis
import Assistant
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
                     range: context.current(first.range, in: path).map(Range.init))
    }
}

extension InterviewLanguageServer {
    func hover(_ params: JSON) async throws(ResponseError) -> JSON {
        let request = try TextDocumentPosition(json: params)
        guard let context = await documentContext(uri: request.uri) else { return .null }
        let formats = client.capability("textDocument.hover.contentFormat")?.arrayValue ?? []
        let markdown = formats.contains { $0.stringValue == MarkupKind.markdown.rawValue }
        return await BlockingWork.run { HoverHandler.hover(at: request.position, in: context, markdown: markdown)?.json ?? .null }
    }
}
