import JSON

/// What a server offers, as announced in the `initialize` result; each server fills in its own features.
public struct ServerCapabilities: Hashable, Sendable {
    /// Incremental `textDocument/didChange` (full text otherwise), with open/close and save notifications.
    public var incrementalSync = false
    /// Workspace folders and their change notifications.
    public var workspaceFolders = false
    /// Commands for `workspace/executeCommand`.
    public var commands: [String] = []
    public var hover = false
    public var definition = false
    public var references = false
    public var documentSymbols = false
    public var codeLenses = false
    /// Code action kinds offered (`quickfix`…); empty for no code actions.
    public var codeActionKinds: [String] = []

    public init() {}

    public var json: JSON {
        var object: [String: JSON] = [
            "positionEncoding": "utf-16",
            "textDocumentSync": ["openClose": true, "change": incrementalSync ? 2 : 1, "save": ["includeText": false]],
        ]
        if workspaceFolders { object["workspace"] = ["workspaceFolders": ["supported": true, "changeNotifications": true]] }
        if !commands.isEmpty { object["executeCommandProvider"] = ["commands": .array(commands.map(JSON.string))] }
        if hover { object["hoverProvider"] = true }
        if definition { object["definitionProvider"] = true }
        if references { object["referencesProvider"] = true }
        if documentSymbols { object["documentSymbolProvider"] = true }
        if codeLenses { object["codeLensProvider"] = ["resolveProvider": false] }
        if !codeActionKinds.isEmpty {
            object["codeActionProvider"] = ["codeActionKinds": .array(codeActionKinds.map(JSON.string)), "resolveProvider": false]
        }
        return .object(object)
    }
}
