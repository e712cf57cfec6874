import Analysis
import JSON
import JSONRPC
import LanguageServerProtocol

/// `textDocument/definition`: from a requirement to every piece of its evidence, transcript first.
enum DefinitionHandler {
    /// The evidence locations of the requirement at `position`; nil off requirements.
    static func locations(at position: SourcePosition, in context: DocumentContext) -> [Location]? {
        guard let assessment = context.requirement(at: position) else { return nil }
        // The engine orders evidence transcript first; keep that order, without duplicates.
        var locations: [Location] = []
        for evidence in assessment.evidence {
            guard let location = context.location(evidence.excerpt.path, evidence.excerpt.range) else { continue }
            if !locations.contains(location) { locations.append(location) }
        }
        return locations
    }
}

extension InterviewLanguageServer {
    func definition(_ params: TextDocumentPositionParams) async -> JSON {
        guard let context = await documentContext(uri: params.textDocument.uri),
              let locations = DefinitionHandler.locations(at: SourcePosition(params.position), in: context) else { return .null }
        return .array(locations.map(\.json))
    }
}
