#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SessionSupport
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

@Test func aFIFOAsTheConfigFileIsAWarningAndNothingWaitsForIt() {
    let path = folder(withConfig: nil)
    mkdir(path + "/.interview", 0o755)
    #expect(mkfifo(path + "/.interview/config.json", 0o600) == 0)

    let project = SettingsLayer.project(in: path)

    #expect(project.layer == SettingsLayer())
    #expect(project.warnings == ["\(path)/.interview/config.json: a named pipe (FIFO), not a regular file; its settings are ignored"])
}

@Test func aConfigFileThatIsALinkIsNotFollowed() {
    let elsewhere = folder(withConfig: #"{"interview": {"debounceMs": 20}}"#)
    let path = folder(withConfig: nil)
    mkdir(path + "/.interview", 0o755)
    #expect(symlink(elsewhere + "/.interview/config.json", path + "/.interview/config.json") == 0)

    let project = SettingsLayer.project(in: path)

    #expect(project.layer == SettingsLayer())
    #expect(project.warnings == ["\(path)/.interview/config.json: a symbolic link, which is never followed; its settings are ignored"])
}

@Test func aLinkedInterviewFolderIsNotFollowed() {
    let elsewhere = folder(withConfig: #"{"interview": {"debounceMs": 20}}"#)
    let path = folder(withConfig: nil)
    #expect(symlink(elsewhere + "/.interview", path + "/.interview") == 0)

    let project = SettingsLayer.project(in: path)

    #expect(project.layer == SettingsLayer())
    #expect(project.warnings == ["\(path)/.interview: a symbolic link, which is never followed; its settings are ignored"])
}
