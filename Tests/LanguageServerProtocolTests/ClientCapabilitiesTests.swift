import JSON
import LanguageServerProtocol
import Testing

@Test func theCapabilitiesTheServerActsOnAreReadOnceFromInitialize() throws {
    let params = try InitializeParams(json: ["capabilities": [
        "workspace": [
            "configuration": true, "applyEdit": true,
            "didChangeWatchedFiles": ["dynamicRegistration": true],
            "workspaceEdit": ["documentChanges": true, "resourceOperations": ["create", "rename"]],
        ],
        "window": ["workDoneProgress": true],
        "textDocument": ["hover": ["contentFormat": ["plaintext", "markdown"]],
                         "documentSymbol": ["hierarchicalDocumentSymbolSupport": true]],
    ]])
    let capabilities = params.capabilities
    #expect(capabilities.pullsConfiguration && capabilities.appliesEdits && capabilities.registersFileWatchers)
    #expect(capabilities.documentChanges && capabilities.resourceOperations == ["create", "rename"])
    #expect(capabilities.workDoneProgress && capabilities.markdownHover && capabilities.hierarchicalDocumentSymbols)
}

@Test func aMistypedOrMissingCapabilityIsOff() throws {
    let capabilities = try InitializeParams(json: ["capabilities": [
        "workspace": ["configuration": "yes", "workspaceEdit": ["resourceOperations": "create"]],
        "textDocument": ["hover": ["contentFormat": "markdown"]],
    ]]).capabilities
    #expect(capabilities == ClientCapabilities())
    #expect(try InitializeParams(json: [:]).capabilities == ClientCapabilities())
}
