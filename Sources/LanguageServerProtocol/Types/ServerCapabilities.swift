import JSON

/// What the server offers, as announced in the `initialize` result.
public struct ServerCapabilities: Hashable, Sendable {
    /// Commands for `workspace/executeCommand`.
    public var commands: [String]

    public init(commands: [String] = []) {
        self.commands = commands
    }

    public var json: JSON {
        [
            "positionEncoding": "utf-16",
            "textDocumentSync": [
                "openClose": true,
                "change": 2,
                "save": ["includeText": false],
            ],
            "workspace": [
                "workspaceFolders": ["supported": true, "changeNotifications": true],
            ],
            "executeCommandProvider": ["commands": .array(commands.map(JSON.string))],
            "hoverProvider": true,
            "definitionProvider": true,
            "referencesProvider": true,
            "documentSymbolProvider": true,
            "codeLensProvider": ["resolveProvider": false],
            "codeActionProvider": ["codeActionKinds": ["quickfix"], "resolveProvider": false],
        ]
    }
}
