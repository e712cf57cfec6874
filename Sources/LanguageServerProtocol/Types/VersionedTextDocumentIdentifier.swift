import JSON
import JSONRPC

/// Names a document by URI and the version the client has after a change.
public struct VersionedTextDocumentIdentifier: Hashable, Sendable {
    public var uri: String
    public var version: Int

    public init(uri: String, version: Int) {
        self.uri = uri
        self.version = version
    }

    public init(json: JSON) throws(ResponseError) {
        self.init(uri: try json.requiredString("uri"), version: json["version"]?.intValue ?? 0)
    }

    public var json: JSON { ["uri": .string(uri), "version": .int(version)] }
}
