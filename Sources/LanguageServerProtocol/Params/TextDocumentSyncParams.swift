import JSON
import JSONRPC

/// `textDocument/didOpen`.
public struct DidOpenTextDocumentParams: ParamsDecodable, Hashable {
    public var textDocument: TextDocumentItem

    public init(json: JSON) throws(ResponseError) {
        textDocument = try TextDocumentItem(json: try json.required("textDocument"))
    }
}

/// `textDocument/didChange`: the edits in the order the client made them.
public struct DidChangeTextDocumentParams: ParamsDecodable, Hashable {
    public var textDocument: VersionedTextDocumentIdentifier
    public var contentChanges: [TextDocumentContentChangeEvent]

    public init(json: JSON) throws(ResponseError) {
        textDocument = try VersionedTextDocumentIdentifier(json: try json.required("textDocument"))
        var changes: [TextDocumentContentChangeEvent] = []
        for change in try json.requiredArray("contentChanges") { changes.append(try TextDocumentContentChangeEvent(json: change)) }
        contentChanges = changes
    }
}

/// `textDocument/didClose`, `textDocument/didSave`, `textDocument/documentSymbol` and `textDocument/codeLens`:
/// params that name one document.
public struct TextDocumentParams: ParamsDecodable, Hashable {
    public var textDocument: TextDocumentIdentifier

    public init(json: JSON) throws(ResponseError) {
        textDocument = try TextDocumentIdentifier(json: try json.required("textDocument"))
    }
}
