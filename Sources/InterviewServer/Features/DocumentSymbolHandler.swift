import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol

/// `textDocument/documentSymbol`: the JD's sections and requirements (with status), the CV's sections and roles,
/// the transcript's turns.
enum DocumentSymbolHandler {
    /// The outline as LSP symbols; every selection range lies inside its range.
    static func symbols(for items: [OutlineItem]) -> [DocumentSymbol] {
        items.map(symbol)
    }

    static func symbol(for item: OutlineItem) -> DocumentSymbol {
        // Clients reject a selection range outside the range: widen the range to hold it.
        let start = min(item.range.start, item.selectionRange.start)
        let end = max(item.range.end, item.selectionRange.end)
        return DocumentSymbol(
            name: item.name.isEmpty ? " " : item.name,
            detail: item.detail,
            kind: kind(of: item.kind),
            range: Range(SourceRange(start: start, end: end)),
            selectionRange: Range(item.selectionRange),
            children: symbols(for: item.children)
        )
    }

    static func kind(of kind: OutlineItem.Kind) -> SymbolKind {
        switch kind {
        case .section: .namespace
        case .requirement: .field
        case .role: .class
        case .turn: .event
        }
    }
}

extension InterviewLanguageServer {
    func documentSymbols(_ params: JSON) async throws(ResponseError) -> JSON {
        let uri = try TextDocumentIdentifier(json: try params.required("textDocument")).uri
        guard let context = await documentContext(uri: uri) else { return [] }
        let symbols = DocumentSymbolHandler.symbols(for: DocumentOutline.items(for: context.document, in: context.analysis))
        if client.capability("textDocument.documentSymbol.hierarchicalDocumentSymbolSupport")?.boolValue == true {
            return .array(symbols.map(\.json))
        }
        return .array(symbols.flatMap { $0.flattened(uri: uri) })
    }
}
