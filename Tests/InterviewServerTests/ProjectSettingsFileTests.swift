import InterviewServer
import Testing

@Test func aFolderWithoutAConfigFileHasNoProjectSettings() {
    let project = SettingsLayer.project(in: folder(withConfig: nil))
    #expect(project.layer == SettingsLayer())
    #expect(project.warnings.isEmpty)
}

@Test func theProjectConfigFileIsReadFromTheSessionFolder() {
    let project = SettingsLayer.project(in: folder(withConfig: #"{"interview": {"debounceMs": 20, "documentGlobs": {"jd": ["*opening*"]}}}"#))
    #expect(project.layer.debounceMs == 20)
    #expect(project.layer.documentGlobs == [.jd: ["*opening*"]])
}

@Test func aBrokenConfigFileIsAWarningNamingTheFile() {
    let project = SettingsLayer.project(in: folder(withConfig: "{debounceMs: 20"))
    #expect(project.layer == SettingsLayer())
    #expect(project.warnings.first?.contains(".interview/config.json") == true)
}
