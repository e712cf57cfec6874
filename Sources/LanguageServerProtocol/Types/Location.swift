import JSON
import JSONRPC

/// A range inside a document.
public struct Location: Hashable, Sendable {
    public var uri: String
    public var range: Range

    public init(uri: String, range: Range) {
        self.uri = uri
        self.range = range
    }

    public init(json: JSON) throws(ResponseError) {
        self.init(uri: try json.requiredString("uri"), range: try Range(json: try json.required("range")))
    }

    public var json: JSON { ["uri": .string(uri), "range": range.json] }
}
