import JSON
import LanguageServerProtocol
import Testing

@Test func nullInitializationOptionsReadAsNone() throws {
    let params = try InitializeParams(json: ["capabilities": [:], "initializationOptions": nil])
    #expect(params.initializationOptions == nil)
}
