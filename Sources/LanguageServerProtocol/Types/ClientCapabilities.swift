import JSON

/// The client capabilities the server acts on, read once from `initialize`.
public struct ClientCapabilities: Hashable, Sendable {
    /// `workspace.configuration`: the client answers `workspace/configuration`.
    public var pullsConfiguration = false
    /// `workspace.didChangeWatchedFiles.dynamicRegistration`: file watchers can be registered.
    public var registersFileWatchers = false
    /// `workspace.applyEdit`: the server may ask the client to apply an edit.
    public var appliesEdits = false
    /// `workspace.workspaceEdit.documentChanges`: versioned edits are understood.
    public var documentChanges = false
    /// `workspace.workspaceEdit.resourceOperations`: create/rename/delete operations the client supports.
    public var resourceOperations: [String] = []
    /// `workspace.codeLens.refreshSupport`: the server may ask the client to request code lenses again.
    public var refreshesCodeLenses = false
    /// `window.workDoneProgress`: server-initiated `$/progress` is shown.
    public var workDoneProgress = false
    /// `textDocument.hover.contentFormat`: Markdown hovers are rendered.
    public var markdownHover = false
    /// `textDocument.documentSymbol.hierarchicalDocumentSymbolSupport`: nested symbols are shown.
    public var hierarchicalDocumentSymbols = false

    public init() {}

    /// Reads the capabilities from the `capabilities` member of `initialize`; anything missing or mistyped is off.
    public init(json: JSON) {
        let workspace = json["workspace"]
        pullsConfiguration = workspace?["configuration"]?.boolValue == true
        registersFileWatchers = workspace?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue == true
        appliesEdits = workspace?["applyEdit"]?.boolValue == true
        documentChanges = workspace?["workspaceEdit"]?["documentChanges"]?.boolValue == true
        resourceOperations = workspace?["workspaceEdit"]?["resourceOperations"]?.arrayValue?.compactMap(\.stringValue) ?? []
        refreshesCodeLenses = workspace?["codeLens"]?["refreshSupport"]?.boolValue == true
        workDoneProgress = json["window"]?["workDoneProgress"]?.boolValue == true
        let formats = json["textDocument"]?["hover"]?["contentFormat"]?.arrayValue ?? []
        markdownHover = formats.contains { $0.stringValue == MarkupKind.markdown.rawValue }
        hierarchicalDocumentSymbols = json["textDocument"]?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue == true
    }
}
