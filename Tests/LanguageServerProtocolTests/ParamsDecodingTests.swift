import JSON
import JSONRPC
import LanguageServerProtocol
import Testing

@Test func requestParamsNamingTheMissingOrMistypedMemberAreInvalidParams() {
    #expect(throws: ResponseError.invalidParams("missing 'textDocument'")) { try TextDocumentPositionParams.decode(nil) }
    #expect(throws: ResponseError.invalidParams("missing 'textDocument'")) { try TextDocumentPositionParams.decode(.null) }
    #expect(throws: ResponseError.invalidParams("params must be an object")) { try TextDocumentParams.decode([1, 2]) }
    #expect(throws: ResponseError.invalidParams("'contentChanges' must be an array")) {
        try DidChangeTextDocumentParams.decode(["textDocument": ["uri": "file:///a.md", "version": 2], "contentChanges": "x"])
    }
}

@Test func optionalParamsMayBeLeftOutOrNull() throws {
    #expect(try DidChangeConfigurationParams.decode(nil).settings == nil)
    #expect(try DidChangeConfigurationParams.decode(["settings": nil]).settings == nil)
    let command = try ExecuteCommandParams.decode(["command": "interview.chat", "arguments": nil, "workDoneToken": nil])
    #expect(command.arguments.isEmpty && command.workDoneToken == nil)
    let references = try ReferenceParams.decode(["textDocument": ["uri": "file:///a.md"], "position": ["line": 1, "character": 0]])
    #expect(!references.includeDeclaration)
}
