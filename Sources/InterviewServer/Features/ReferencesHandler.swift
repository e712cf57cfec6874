import Analysis
import JSON
import JSONRPC
import LanguageServerProtocol

/// `textDocument/references`: from a line of evidence to the JD requirements it supports
/// (and, on a requirement, to its evidence).
enum ReferencesHandler {
    /// The locations referring to what is at `position`; with `includeDeclaration`, the item itself comes first.
    static func locations(at position: SourcePosition, in context: DocumentContext, includeDeclaration: Bool) -> [Location]? {
        var found: [Location] = []
        func add(_ path: String, _ range: SourceRange) {
            guard let location = context.location(path, range), !found.contains(location) else { return }
            found.append(location)
        }
        if let assessment = context.requirement(at: position) {
            if includeDeclaration { add(assessment.requirement.path, assessment.requirement.range) }
            for evidence in assessment.evidence { add(evidence.excerpt.path, evidence.excerpt.range) }
            return found
        }
        let evidence = context.evidence(at: position)
        guard !evidence.evidence.isEmpty else { return nil }
        if includeDeclaration {
            for item in evidence.evidence { add(item.excerpt.path, item.excerpt.range) }
        }
        for assessment in evidence.assessments {
            add(assessment.requirement.path, assessment.requirement.range)
        }
        return found
    }
}

extension InterviewLanguageServer {
    func references(_ params: ReferenceParams) async -> JSON {
        guard let context = await documentContext(uri: params.textDocument.uri),
              let locations = ReferencesHandler.locations(at: SourcePosition(params.position), in: context,
                                                          includeDeclaration: params.includeDeclaration)
        else { return .null }
        return .array(locations.map(\.json))
    }
}
