import JSON
import JSONRPC

/// A root folder the client has open.
public struct WorkspaceFolder: Hashable, Sendable {
    public var uri: String
    public var name: String

    public init(uri: String, name: String) {
        self.uri = uri
        self.name = name
    }

    public init(json: JSON) throws(ResponseError) {
        self.init(uri: try json.requiredString("uri"), name: json["name"]?.stringValue ?? "")
    }

    public var json: JSON { ["uri": .string(uri), "name": .string(name)] }
}
