#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSON
import RetrievalIndex
@testable import SessionSupport
import Testing

/// A session folder's own `.interview/config.json` came with the folder (someone may have sent it): it may
/// narrow what the user's settings allow, never widen it.
@Suite struct FolderSettingsTrustTests {
    let environment = ["OPENAI_API_KEY": "sk-environment"]

    /// The settings of a folder whose config file holds `project`, under the user's `user` settings.
    func settings(project: JSON, user: JSON = [:], in folder: String? = nil) -> ServerSettings {
        let root = folder ?? SessionSupportTests.folder(withConfig: nil)
        mkdir(root + "/.interview", 0o755)
        let file = fopen(root + "/.interview/config.json", "w")
        fputs(JSON.object(["interview": project]).serialized(), file)
        fclose(file)
        return ServerSettings.resolve([SettingsLayer.project(in: root).layer, SettingsLayer.parse(["interview": user]).layer])
    }

    func model(project: JSON, user: JSON = [:]) -> ModelOptions {
        ModelOptions(settings(project: project, user: user), environment: environment)
    }

    /// Where the index of `folder` goes under its settings.
    func indexFile(project: JSON, user: JSON = [:], in folder: String) -> String {
        let location = IndexLocation.setting(settings(project: project, user: user, in: folder).indexPath, sessionRoot: folder)
        return location.databasePath(forSessionRoot: folder)
    }

    @Test func aFolderConfigCannotTurnTheModelOn() {
        let options = model(project: ["model": ["enabled": true, "judge": true]])
        #expect(options.activeClient == nil)
    }

    @Test func aFolderConfigCannotTurnJudgingOnWhenTheUserOnlyEnabledTheModel() {
        let options = model(project: ["model": ["judge": true]], user: ["model": ["enabled": true]])
        #expect(options.enabled)
        #expect(!options.judge)
    }

    @Test func aFolderConfigMayTurnTheModelAndJudgingOff() {
        let options = model(project: ["model": ["enabled": false, "judge": false]],
                            user: ["model": ["enabled": true, "judge": true]])
        #expect(!options.enabled)
        #expect(!options.judge)
    }

    @Test func aFolderConfigCannotAllowRemoteEndpointsTheUserRefused() {
        let options = model(project: ["model": ["allowRemote": true]], user: ["model": ["enabled": true, "allowRemote": false]])
        #expect(!options.client.allowRemote)
    }

    @Test func aFolderConfigMayRefuseRemoteEndpoints() {
        #expect(!model(project: ["model": ["allowRemote": false]]).client.allowRemote)
    }

    @Test func aFolderConfigCannotTurnRedactionOff() {
        #expect(model(project: ["model": ["redact": false]]).client.redact)
        #expect(model(project: ["model": ["redact": false]], user: ["model": ["redact": true]]).client.redact)
    }

    @Test func aFolderConfigMayShortenTimeoutsAndRetriesButNotLengthenThem() {
        let longer = model(project: ["model": ["timeoutMs": 3_600_000, "connectTimeoutMs": 600_000, "maxRetries": 10]])
        #expect(longer.client.totalTimeout == 120)
        #expect(longer.client.connectTimeout == 10)
        #expect(longer.client.maxRetries == 2)
        let shorter = model(project: ["model": ["timeoutMs": 5000, "maxRetries": 0]], user: ["model": ["timeoutMs": 60000]])
        #expect(shorter.client.totalTimeout == 5)
        #expect(shorter.client.maxRetries == 0)
    }

    @Test func aFolderConfigNeverChangesTheProcessWideLogLevel() {
        #expect(settings(project: ["logLevel": "debug"]).logLevel == nil)
        #expect(settings(project: ["logLevel": "debug"], user: ["logLevel": "error"]).logLevel == .error)
    }

    @Test func aNullKeyInTheFolderConfigStillKeepsTheUsersKeyFromTheFoldersEndpoint() {
        let options = model(project: ["model": ["baseURL": "http://127.0.0.1:11434/v1", "apiKey": nil]],
                            user: ["model": ["enabled": true, "apiKey": "sk-user"]])
        #expect(options.client.baseURL == "http://127.0.0.1:11434/v1")
        #expect(options.client.apiKey == nil)
    }

    @Test func aFolderConfigCannotSendTheSessionToAnotherMachine() {
        let options = model(project: ["model": ["baseURL": "https://collector.example/v1"]], user: ["model": ["enabled": true]])
        #expect(options.client.baseURL == "https://api.openai.com/v1")
        #expect(options.client.apiKey == "sk-environment", "the user's own endpoint keeps the user's key")
    }

    @Test func aKeyFromTheFolderConfigIsNotSentToTheUsersEndpoint() {
        // Requests made with a key someone else owns would land in their account's logs.
        let options = model(project: ["model": ["apiKey": "sk-folder"]], user: ["model": ["enabled": true]])
        #expect(options.client.baseURL == "https://api.openai.com/v1")
        #expect(options.client.apiKey == "sk-environment")
    }

    @Test func theFolderStillChoosesItsGlobsSkillsDebounceAndModelNames() {
        let resolved = settings(project: ["debounceMs": 20, "documentGlobs": ["jd": ["*opening*"]],
                                          "skills": [["name": "Elixir"]], "model": ["chatModel": "llama3"]],
                                user: ["debounceMs": 300])
        #expect(resolved.debounceMs == 20)
        #expect(resolved.documentGlobs == [.jd: ["*opening*"]])
        #expect(resolved.skills.map(\.name) == ["Elixir"])
        #expect(ModelOptions(resolved, environment: [:]).client.chatModel == "llama3")
    }

    @Test func aFolderIndexPathThatClimbsOutOfTheFolderIsIgnored() {
        let root = SessionSupportTests.folder(withConfig: nil)
        #expect(indexFile(project: ["index": ["path": "../outside.sqlite"]], in: root) == root + "/.interview/index.sqlite")
        #expect(indexFile(project: ["index": ["path": "cache/../../outside.sqlite"]], in: root) == root + "/.interview/index.sqlite")
    }

    @Test func aFolderIndexPathElsewhereOnDiskIsIgnored() {
        let root = SessionSupportTests.folder(withConfig: nil)
        #expect(indexFile(project: ["index": ["path": "/tmp/x.sqlite"]], in: root) == root + "/.interview/index.sqlite")
    }

    @Test func aFolderIndexPathThroughASymlinkOutOfTheFolderIsIgnored() {
        let root = SessionSupportTests.folder(withConfig: nil)
        let elsewhere = SessionSupportTests.folder(withConfig: nil)
        symlink(elsewhere, root + "/cache")
        symlink(elsewhere + "/missing.sqlite", root + "/dangling.sqlite")
        #expect(indexFile(project: ["index": ["path": "cache/index.sqlite"]], in: root) == root + "/.interview/index.sqlite")
        #expect(indexFile(project: ["index": ["path": "dangling.sqlite"]], in: root) == root + "/.interview/index.sqlite")
    }

    @Test func aFolderIndexPathInsideTheFolderIsUsed() {
        let root = SessionSupportTests.folder(withConfig: nil)
        #expect(indexFile(project: ["index": ["path": "cache/index.sqlite"]], in: root) == root + "/cache/index.sqlite")
        #expect(indexFile(project: ["index": ["path": .string(root + "/private/index.sqlite")]], in: root) == root + "/private/index.sqlite")
    }

    @Test func theUsersIndexPathMayPointAnywhere() {
        let root = SessionSupportTests.folder(withConfig: nil)
        #expect(indexFile(project: [:], user: ["index": ["path": "/var/cache/interviews/index.sqlite"]], in: root)
                    == "/var/cache/interviews/index.sqlite")
    }

    @Test func everySettingTheServerReadsHasOneFolderRule() {
        #expect(Set(FolderSettingRule.table.keys) == Set(SettingsLayer.knownKeys))
    }

    @Test func theIgnoredSettingsAreNamedWithTheirReasonsButNeverTheirValues() {
        let resolved = settings(project: ["logLevel": "debug", "model": ["enabled": true, "apiKey": "sk-folder-secret"]])
        #expect(resolved.ignoredFolderSettings.map(\.key) == ["logLevel", "model.apiKey", "model.enabled"])
        let notice = IgnoredFolderSetting.notice(resolved.ignoredFolderSettings)
        #expect(notice.contains("interview.model.enabled (may be false here, not true)"))
        #expect(notice.contains("interview.logLevel"))
        #expect(!notice.contains("sk-folder-secret"))
    }

    @Test func whatTheFolderSetsToTheUsersOwnValueIsNotReportedAsIgnored() {
        let resolved = settings(project: ["model": ["enabled": true, "allowRemote": true]], user: ["model": ["enabled": true]])
        #expect(resolved.ignoredFolderSettings.isEmpty)
    }
}
