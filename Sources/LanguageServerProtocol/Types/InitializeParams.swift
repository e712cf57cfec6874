import JSON
import JSONRPC

/// The parts of `initialize` params the server uses.
public struct InitializeParams: Hashable, Sendable {
    public var processId: Int?
    public var rootURI: String?
    public var workspaceFolders: [WorkspaceFolder]
    public var initializationOptions: JSON?
    public var capabilities: ClientCapabilities
    public var clientName: String?

    public init(processId: Int? = nil, rootURI: String? = nil, workspaceFolders: [WorkspaceFolder] = [],
                initializationOptions: JSON? = nil, capabilities: ClientCapabilities = ClientCapabilities(), clientName: String? = nil) {
        self.processId = processId
        self.rootURI = rootURI
        self.workspaceFolders = workspaceFolders
        self.initializationOptions = initializationOptions
        self.capabilities = capabilities
        self.clientName = clientName
    }

    public init(json: JSON) throws(ResponseError) {
        guard json.objectValue != nil else { throw .invalidParams("initialize params must be an object") }
        var folders: [WorkspaceFolder] = []
        for item in json["workspaceFolders"]?.arrayValue ?? [] { folders.append(try WorkspaceFolder(json: item)) }
        let rootURI = json["rootUri"]?.stringValue
            ?? json["rootPath"]?.stringValue.map { DocumentURI(path: $0).string }
        self.init(
            processId: json["processId"]?.intValue,
            rootURI: rootURI,
            workspaceFolders: folders,
            initializationOptions: json["initializationOptions"]?.nonNull,
            capabilities: ClientCapabilities(json: json["capabilities"] ?? [:]),
            clientName: json["clientInfo"]?["name"]?.stringValue
        )
    }
}
