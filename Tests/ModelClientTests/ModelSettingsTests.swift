import JSON
import Testing
@testable import ModelClient

@Suite struct ModelSettingsTests {
    @Test func defaultsPointAtOpenAIWithTheDocumentedModels() {
        let (settings, problems) = ModelSettings.resolve(from: nil, environment: [:])
        #expect(problems.isEmpty)
        #expect(settings.baseURL == "https://api.openai.com/v1")
        #expect(settings.apiKey == nil)
        #expect(settings.chatModel == "gpt-4o-mini")
        #expect(settings.embeddingModel == "text-embedding-3-small")
        #expect(settings.transcriptionModel == "gpt-4o-transcribe-diarize")
        #expect(settings.allowRemote && settings.redact)
    }

    @Test func environmentSuppliesKeyAndBaseURL() {
        let environment = ["OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": "http://127.0.0.1:11434/v1"]
        let (settings, _) = ModelSettings.resolve(from: [:], environment: environment)
        #expect(settings.apiKey == "sk-env")
        #expect(settings.baseURL == "http://127.0.0.1:11434/v1")
    }

    @Test func settingsWinOverTheEnvironment() {
        let json: JSON = [
            "baseURL": "http://localhost:8080/v1", "apiKey": "sk-settings", "chatModel": "llama3.1",
            "embeddingModel": "nomic-embed-text", "transcriptionModel": "whisper-1",
            "connectTimeoutMs": 1500, "timeoutMs": 30000, "maxRetries": 4, "allowRemote": false, "redact": false,
        ]
        let (settings, problems) = ModelSettings.resolve(
            from: json, environment: ["OPENAI_API_KEY": "sk-env", "OPENAI_BASE_URL": "https://example.org/v1"])
        #expect(problems.isEmpty)
        #expect(settings == ModelSettings(
            baseURL: "http://localhost:8080/v1", apiKey: "sk-settings", chatModel: "llama3.1",
            embeddingModel: "nomic-embed-text", transcriptionModel: "whisper-1", connectTimeout: 1.5,
            totalTimeout: 30, maxRetries: 4, allowRemote: false, redact: false))
    }

    @Test func badValuesAreNamedAndTheirDefaultsKept() {
        let json: JSON = [
            "baseURL": "ftp://files", "chatModel": "", "timeoutMs": -5, "connectTimeoutMs": "fast",
            "maxRetries": 99, "allowRemote": "no", "redact": 1,
        ]
        let (settings, problems) = ModelSettings.resolve(from: json, environment: [:])
        #expect(Set(problems.map(\.setting)) == [
            "interview.model.baseURL", "interview.model.chatModel", "interview.model.timeoutMs",
            "interview.model.connectTimeoutMs", "interview.model.maxRetries", "interview.model.allowRemote",
            "interview.model.redact",
        ])
        #expect(settings == ModelSettings())
        #expect(problems.first { $0.setting == "interview.model.maxRetries" }?.description
            == "interview.model.maxRetries: must be a whole number from 0 to 10")
    }

    @Test func nonObjectIsOneProblem() {
        let (_, problems) = ModelSettings.resolve(from: "http://x", environment: [:])
        #expect(problems.map(\.setting) == ["interview.model"])
    }
}
