import Analysis
import JSON
import Logging
import SessionSupport
import Testing

@Test func settingsAreReadFromTheInterviewNamespaceOrBare() {
    let wrapped = SettingsLayer.parse(["interview": ["debounceMs": 40]])
    let bare = SettingsLayer.parse(["debounceMs": 40])
    #expect(wrapped.layer.debounceMs == 40)
    #expect(bare.layer.debounceMs == 40)
    #expect(wrapped.warnings.isEmpty)
}

@Test func aBadValueIsNamedInAWarningAndTheOtherSettingsStillApply() {
    let parsed = SettingsLayer.parse(["interview": ["debounceMs": "fast", "logLevel": "debug"]])
    #expect(parsed.layer.debounceMs == nil)
    #expect(parsed.layer.logLevel == .debug)
    #expect(parsed.warnings.count == 1)
    #expect(parsed.warnings.first?.contains("interview.debounceMs") == true)
}

@Test func documentGlobsMapKindsToPatterns() {
    let parsed = SettingsLayer.parse(["documentGlobs": ["jd": ["*posting*.md"], "transcript": ["call-*.txt"]]])
    #expect(parsed.layer.documentGlobs == [.jd: ["*posting*.md"], .transcript: ["call-*.txt"]])
    let bad = SettingsLayer.parse(["documentGlobs": ["resume": ["x"]]])
    #expect(bad.layer.documentGlobs == nil)
    #expect(bad.warnings.first?.contains("interview.documentGlobs") == true)
}

@Test func extraSkillsAreReadWithTheirAliases() {
    let parsed = SettingsLayer.parse(["skills": [["name": "Elixir", "aliases": ["ex"], "category": "software"]]])
    #expect(parsed.layer.skills == [SkillDefinition(name: "Elixir", aliases: ["ex"], category: "software")])
}

@Test func theProjectFileWinsOverTheClientWhichWinsOverTheDefaults() {
    let project = SettingsLayer(debounceMs: 10)
    let user = SettingsLayer(debounceMs: 300, logLevel: .info)
    let resolved = ServerSettings.resolve([project, user])
    #expect(resolved.debounceMs == 10)
    #expect(resolved.logLevel == .info)
    #expect(ServerSettings.resolve([]).debounceMs == 150)
}

@Test func aMalformedSkillIsAWarningNamingTheSetting() {
    let parsed = SettingsLayer.parse(["skills": [["aliases": ["no name"]]]])
    #expect(parsed.layer.skills == nil)
    #expect(parsed.warnings.first?.hasPrefix("interview.skills") == true)
}
