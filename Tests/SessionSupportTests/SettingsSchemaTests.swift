import FoundationEssentials
import JSON
import ModelClient
@testable import SessionSupport
import Testing

/// schemas/settings.schema.json is what editors show users; these tests fail when it and the server disagree.
@Suite struct SettingsSchemaTests {
    static let schema: JSON = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("schemas/settings.schema.json")
        let data = (try? Data(contentsOf: url)) ?? Data()
        return (try? JSON.parse([UInt8](data))) ?? .null
    }()

    /// Every leaf setting below `interview.`, dotted, with its schema node.
    static var leaves: [(key: String, node: JSON)] {
        func walk(_ node: JSON, _ prefix: String) -> [(String, JSON)] {
            guard let properties = node["properties"]?.objectValue else { return [] }
            return properties.sorted { $0.key < $1.key }.flatMap { key, child -> [(String, JSON)] in
                if child["type"]?.stringValue == "object", child["properties"] != nil { return walk(child, prefix + key + ".") }
                return [(prefix + key, child)]
            }
        }
        return walk(schema["$defs"]?["interview"] ?? .null, "")
    }

    @Test func theSchemaListsExactlyTheSettingsTheServerReads() {
        let schemaKeys = Set(Self.leaves.filter { $0.node["x-clientOnly"]?.boolValue != true }.map(\.key))
        #expect(!schemaKeys.isEmpty)
        #expect(schemaKeys == Set(SettingsLayer.knownKeys))
        let clientOnly = Set(Self.leaves.filter { $0.node["x-clientOnly"]?.boolValue == true }.map(\.key))
        #expect(clientOnly == SettingsLayer.clientOnlyKeys)
    }

    @Test func theSchemaDefaultsAreTheServersDefaults() {
        let defaults = Dictionary(uniqueKeysWithValues: Self.leaves.map { ($0.key, $0.node["default"] ?? .null) })
        let model = ModelSettings()
        let options = ModelOptions([:], environment: [:])
        #expect(defaults["debounceMs"]?.intValue == ServerSettings.defaults.debounceMs)
        #expect(defaults["logLevel"]?.stringValue == "warn")
        #expect(defaults["index.path"] == .null && ServerSettings.defaults.indexPath == nil)
        #expect(defaults["model.enabled"]?.boolValue == options.enabled)
        #expect(defaults["model.judge"]?.boolValue == options.judge)
        #expect(defaults["model.baseURL"]?.stringValue == model.baseURL)
        #expect(defaults["model.chatModel"]?.stringValue == model.chatModel)
        #expect(defaults["model.embeddingModel"]?.stringValue == model.embeddingModel)
        #expect(defaults["model.transcriptionModel"]?.stringValue == model.transcriptionModel)
        #expect(defaults["model.timeoutMs"]?.doubleValue == model.totalTimeout * 1000)
        #expect(defaults["model.connectTimeoutMs"]?.doubleValue == model.connectTimeout * 1000)
        #expect(defaults["model.maxRetries"]?.intValue == model.maxRetries)
        #expect(defaults["model.allowRemote"]?.boolValue == model.allowRemote)
        #expect(defaults["model.redact"]?.boolValue == model.redact)
    }

    @Test func aValueOfTheWrongTypeIsNamedForEverySetting() {
        for key in SettingsLayer.knownKeys {
            // An array is the wrong type for every setting but `skills`, which needs objects in it.
            let bad: JSON = key == "skills" ? [1] : [[1]]
            let parts = key.split(separator: ".").map(String.init)
            let value: JSON = parts.count == 1 ? [parts[0]: bad] : [parts[0]: [parts[1]: bad]]
            let (_, warnings) = SettingsLayer.parse(["interview": value])
            #expect(warnings.contains { $0.contains("interview.\(key)") }, "\(key): \(warnings)")
        }
    }

    @Test func aMisspelledSettingIsNamedNotSilentlyIgnored() {
        let (_, warnings) = SettingsLayer.parse(["interview": ["debounceMS": 10, "model": ["baseUrl": "http://127.0.0.1:1"]]])
        #expect(warnings.contains("interview.debounceMS is not a setting; ignored"))
        #expect(warnings.contains("interview.model.baseUrl is not a setting; ignored"))
    }

    @Test func theClientOnlyServerPathIsAcceptedQuietly() {
        let (_, warnings) = SettingsLayer.parse(["interview": ["serverPath": "/opt/bin/interview-lsp"]])
        #expect(warnings.isEmpty)
    }
}

extension SettingsSchemaTests {
    @Test func aGroupOfTheWrongTypeIsNamedOnce() {
        let (_, warnings) = SettingsLayer.parse(["interview": ["index": "cache/index.sqlite"]])
        #expect(warnings == ["interview.index must be an object; default used"])
    }
}
