import JSON
import JSONRPC

/// `workspace/executeCommand`.
public struct ExecuteCommandParams: ParamsDecodable, Hashable {
    public var command: String
    public var arguments: [JSON]
    /// The client's token for `$/progress` reports, when it offered one.
    public var workDoneToken: JSON?

    public init(json: JSON) throws(ResponseError) {
        command = try json.requiredString("command")
        if let value = json["arguments"], !value.isNull {
            guard let arguments = value.arrayValue else { throw .invalidParams("'arguments' must be an array") }
            self.arguments = arguments
        } else {
            arguments = []
        }
        workDoneToken = json["workDoneToken"]?.nonNull
    }
}

/// `workspace/didChangeWatchedFiles`.
public struct DidChangeWatchedFilesParams: ParamsDecodable, Hashable {
    public var changes: [FileEvent]

    public init(json: JSON) throws(ResponseError) {
        var changes: [FileEvent] = []
        for change in try json.requiredArray("changes") { changes.append(try FileEvent(json: change)) }
        self.changes = changes
    }
}

/// `workspace/didChangeConfiguration`: the new settings, or nil when the client only signals a change
/// (the server then pulls `workspace/configuration`).
public struct DidChangeConfigurationParams: ParamsDecodable, Hashable {
    public var settings: JSON?

    public init(json: JSON) throws(ResponseError) {
        settings = json["settings"]?.nonNull
    }
}

/// `workspace/didChangeWorkspaceFolders`.
public struct DidChangeWorkspaceFoldersParams: ParamsDecodable, Hashable {
    public var added: [WorkspaceFolder]
    public var removed: [WorkspaceFolder]

    public init(json: JSON) throws(ResponseError) {
        let event = try json.required("event")
        var added: [WorkspaceFolder] = []
        for item in event["added"]?.arrayValue ?? [] { added.append(try WorkspaceFolder(json: item)) }
        var removed: [WorkspaceFolder] = []
        for item in event["removed"]?.arrayValue ?? [] { removed.append(try WorkspaceFolder(json: item)) }
        self.added = added
        self.removed = removed
    }
}
