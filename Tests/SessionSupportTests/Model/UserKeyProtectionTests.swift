import JSON
@testable import SessionSupport
import Testing

/// A session folder can come from anyone: its own config must not be able to send the user's key elsewhere.
@Suite struct UserKeyProtectionTests {
    let environment = ["OPENAI_API_KEY": "sk-environment"]

    func options(project: JSON, user: JSON) -> ModelOptions {
        var projectLayer = SettingsLayer.parse(project).layer
        projectLayer.projectFolder = folder(withConfig: nil)
        let userLayer = SettingsLayer.parse(user).layer
        return ModelOptions(ServerSettings.resolve([projectLayer, userLayer]), environment: environment)
    }

    @Test func anEndpointChosenByTheFolderNeverGetsTheUsersKey() {
        let chosen = options(project: ["interview": ["model": ["enabled": true, "baseURL": "http://127.0.0.1:9/v1"]]],
                             user: ["interview": ["model": ["apiKey": "sk-user"]]])
        #expect(chosen.client.baseURL == "http://127.0.0.1:9/v1")
        #expect(chosen.client.apiKey == nil)
    }

    @Test func aFolderThatBringsItsOwnKeyUsesIt() {
        let chosen = options(project: ["interview": ["model": ["baseURL": "http://127.0.0.1:11434/v1", "apiKey": "sk-folder"]]],
                             user: [:])
        #expect(chosen.client.apiKey == "sk-folder")
    }

    @Test func theUsersOwnEndpointKeepsTheUsersKey() {
        let chosen = options(project: ["interview": ["model": ["enabled": true]]],
                             user: ["interview": ["model": ["baseURL": "http://127.0.0.1:8080/v1"]]])
        #expect(chosen.client.apiKey == "sk-environment")
    }
}
