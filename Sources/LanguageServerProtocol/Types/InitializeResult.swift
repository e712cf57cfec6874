import JSON

/// The `initialize` result: capabilities and who the server is.
public struct InitializeResult: Hashable, Sendable {
    public var capabilities: ServerCapabilities
    public var serverName: String
    public var serverVersion: String

    public init(capabilities: ServerCapabilities, serverName: String, serverVersion: String) {
        self.capabilities = capabilities
        self.serverName = serverName
        self.serverVersion = serverVersion
    }

    public var json: JSON {
        [
            "capabilities": capabilities.json,
            "serverInfo": ["name": .string(serverName), "version": .string(serverVersion)],
        ]
    }
}
