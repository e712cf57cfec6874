import JSON
import JSONRPC

/// `textDocument/hover` and `textDocument/definition`: a document and a position in it.
public struct TextDocumentPositionParams: ParamsDecodable, Hashable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position

    public init(json: JSON) throws(ResponseError) {
        textDocument = try TextDocumentIdentifier(json: try json.required("textDocument"))
        position = try Position(json: try json.required("position"))
    }
}

/// `textDocument/references`.
public struct ReferenceParams: ParamsDecodable, Hashable {
    public var textDocument: TextDocumentIdentifier
    public var position: Position
    public var includeDeclaration: Bool

    public init(json: JSON) throws(ResponseError) {
        let located = try TextDocumentPositionParams(json: json)
        textDocument = located.textDocument
        position = located.position
        includeDeclaration = json["context"]?["includeDeclaration"]?.boolValue ?? false
    }
}

/// `textDocument/codeAction`.
public struct CodeActionParams: ParamsDecodable, Hashable {
    public var textDocument: TextDocumentIdentifier
    public var range: Range
    /// The diagnostics the client shows in `range`, as sent: a server's own `data` must survive the round trip.
    public var diagnostics: [JSON]
    /// The action kinds asked for, nil for all.
    public var only: [String]?

    public init(json: JSON) throws(ResponseError) {
        textDocument = try TextDocumentIdentifier(json: try json.required("textDocument"))
        range = try Range(json: try json.required("range"))
        diagnostics = json["context"]?["diagnostics"]?.arrayValue ?? []
        only = json["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
    }
}
