import JSON
import JSONRPC

/// A change to a watched file, reported by `workspace/didChangeWatchedFiles`.
public struct FileEvent: Hashable, Sendable {
    /// What happened to the file.
    public enum ChangeType: Int, Sendable, Hashable {
        case created = 1
        case changed = 2
        case deleted = 3
    }

    public var uri: String
    public var type: ChangeType

    public init(uri: String, type: ChangeType) {
        self.uri = uri
        self.type = type
    }

    public init(json: JSON) throws(ResponseError) {
        guard let type = ChangeType(rawValue: try json.requiredInt("type")) else {
            throw .invalidParams("unknown file change type")
        }
        self.init(uri: try json.requiredString("uri"), type: type)
    }

    public var json: JSON { ["uri": .string(uri), "type": .int(type.rawValue)] }
}
