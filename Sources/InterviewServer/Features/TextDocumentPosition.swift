import Analysis
import JSON
import JSONRPC
import LanguageServerProtocol

/// The `textDocument` + `position` pair most requests carry.
struct TextDocumentPosition: Sendable {
    let uri: String
    let position: SourcePosition

    init(json: JSON) throws(ResponseError) {
        uri = try TextDocumentIdentifier(json: try json.required("textDocument")).uri
        position = SourcePosition(try Position(json: try json.required("position")))
    }
}

extension DocumentContext {
    /// The assessment of the requirement on the position's line, when the document is a JD.
    func requirement(at position: SourcePosition) -> Assessment? {
        guard document.kind == .jd else { return nil }
        return analysis.assessment(atPath: document.path, position: position)
    }

    /// The assessments whose evidence lies on the position's line, with that evidence (the piece under the
    /// cursor first), when the document is a CV or a transcript.
    func evidence(at position: SourcePosition) -> (assessments: [Assessment], evidence: [Evidence]) {
        guard document.kind != .jd else { return ([], []) }
        let line = position.line
        let assessments = analysis.assessments(citingPath: document.path, line: line)
        var evidence: [Evidence] = []
        for assessment in assessments {
            for item in assessment.evidence where item.path == document.path
                && line >= item.range.start.line && line <= item.range.end.line && !evidence.contains(item) {
                evidence.append(item)
            }
        }
        let under = evidence.filter { $0.range.contains(position) }
        return (assessments, under + evidence.filter { !$0.range.contains(position) })
    }
}
