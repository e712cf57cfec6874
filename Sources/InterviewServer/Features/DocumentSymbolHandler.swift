import Analysis
import Assistant
import Blocking
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

    /// The outline of the context's document in the client's buffer. A CV's or transcript's comes from its text
    /// alone, read as it is now; a JD's carries the last analysis' statuses, at its items' places in the buffer
    /// (an item edited since is left out until the pending analysis is done).
    static func symbols(in context: DocumentContext) -> [DocumentSymbol] {
        let document = context.document
        guard document.kind == .jd else {
            let current = SessionDocument(path: document.path, kind: document.kind, text: context.buffer)
            return symbols(for: DocumentOutline.items(for: current, in: context.analysis))
        }
        return symbols(for: DocumentOutline.items(for: document, in: context.analysis).compactMap { current($0, in: context) })
    }

    /// `item` at its place in the client's buffer: a range that no longer maps shrinks to the selection range.
    private static func current(_ item: OutlineItem, in context: DocumentContext) -> OutlineItem? {
        let path = context.document.path
        guard let selection = context.current(item.selectionRange, in: path) else { return nil }
        var moved = item
        moved.selectionRange = selection
        moved.range = context.current(item.range, in: path) ?? selection
        moved.children = item.children.compactMap { current($0, in: context) }
        return moved
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
    func documentSymbols(_ params: TextDocumentParams) async -> JSON {
        let uri = params.textDocument.uri
        guard let context = await documentContext(uri: uri) else { return [] }
        let hierarchical = capabilities.hierarchicalDocumentSymbols
        // A long transcript's outline is real work: off the actor.
        return await BlockingWork.run {
            let symbols = DocumentSymbolHandler.symbols(in: context)
            return hierarchical ? .array(symbols.map(\.json)) : .array(symbols.flatMap { $0.flattened(uri: uri) })
        }
    }
}
