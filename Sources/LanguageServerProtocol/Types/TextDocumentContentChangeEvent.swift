import JSON
import JSONRPC

/// One edit from `textDocument/didChange`: a replacement of `range`, or the whole text when `range` is nil.
public struct TextDocumentContentChangeEvent: Hashable, Sendable {
    public var range: Range?
    public var text: String

    public init(range: Range?, text: String) {
        self.range = range
        self.text = text
    }

    public init(json: JSON) throws(ResponseError) {
        let range: Range? = if let value = json["range"], !value.isNull { try Range(json: value) } else { nil }
        self.init(range: range, text: try json.requiredString("text"))
    }

    public var json: JSON {
        var object: [String: JSON] = ["text": .string(text)]
        if let range { object["range"] = range.json }
        return .object(object)
    }
}
