import JSON
import SessionSupport
import Testing

@Test func theModelIsOffByDefaultEvenWithAnAPIKeyInTheEnvironment() {
    let settings = ServerSettings.resolve([SettingsLayer.parse(["interview": ["model": ["chatModel": "llama3"]]]).layer])
    let options = ModelOptions(settings.model, environment: ["OPENAI_API_KEY": "sk-env"])

    #expect(!options.enabled)
    #expect(options.activeClient == nil)
    #expect(!options.judge)
    #expect(options.client.chatModel == "llama3")
}

@Test func enablingTheModelUsesTheKeyFromTheEnvironment() {
    let settings = ServerSettings.resolve([SettingsLayer.parse(["interview": ["model": ["enabled": true]]]).layer])
    let options = ModelOptions(settings.model, environment: ["OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": "http://127.0.0.1:9/v1"])

    #expect(options.activeClient?.apiKey == "sk-env")
    #expect(options.activeClient?.baseURL == "http://127.0.0.1:9/v1")
}

@Test func theProjectFileOverridesTheClientsModelSettingsOneByOne() {
    let user = SettingsLayer.parse(["interview": ["model": ["enabled": true, "baseURL": "http://127.0.0.1:1/v1", "judge": true]]]).layer
    let project = SettingsLayer.parse(["interview": ["model": ["baseURL": "http://localhost:2/v1", "enabled": false]]]).layer

    let options = ModelOptions(ServerSettings.resolve([project, user]).model, environment: [:])

    #expect(!options.enabled)
    #expect(options.judge)
    #expect(options.client.baseURL == "http://localhost:2/v1")
}

@Test func aBadModelSettingIsNamedAndTheRestStillApply() {
    let parsed = SettingsLayer.parse(["interview": ["model": [
        "enabled": "yes", "timeoutMs": -5, "baseURL": "ftp://example.com", "chatModel": "mistral",
    ]]])

    #expect(parsed.warnings.contains { $0.hasPrefix("interview.model.enabled ") })
    #expect(parsed.warnings.contains { $0.hasPrefix("interview.model.timeoutMs ") })
    #expect(parsed.warnings.contains { $0.hasPrefix("interview.model.baseURL ") })
    #expect(parsed.warnings.count == 3)
    let options = ModelOptions(ServerSettings.resolve([parsed.layer]).model, environment: [:])
    #expect(options.client.chatModel == "mistral")
    #expect(options.client.totalTimeout == 120)
    #expect(!options.enabled)
}

@Test func aModelSettingThatIsNotAnObjectIsNamed() {
    let parsed = SettingsLayer.parse(["interview": ["model": "gpt-4o"]])

    #expect(parsed.warnings == ["interview.model must be an object; defaults used"])
    #expect(parsed.layer.model == nil)
}
