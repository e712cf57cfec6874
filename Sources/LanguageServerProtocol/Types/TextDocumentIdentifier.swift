import JSON
import JSONRPC

/// Names a document by URI.
public struct TextDocumentIdentifier: Hashable, Sendable {
    public var uri: String

    public init(uri: String) { self.uri = uri }

    public init(json: JSON) throws(ResponseError) { self.init(uri: try json.requiredString("uri")) }

    public var json: JSON { ["uri": .string(uri)] }
}
