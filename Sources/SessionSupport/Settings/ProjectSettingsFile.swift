import Analysis
import JSON

extension SettingsLayer {
    /// Where a session folder keeps its own settings.
    public static let projectFileName = ".interview/config.json"

    /// The settings of `directory/.interview/config.json` (empty when there is none), with warnings for bad values.
    public static func project(in directory: String) -> (layer: SettingsLayer, warnings: [String]) {
        let path = FilePaths.join(directory, projectFileName)
        // Never followed: a link would let a folder someone sent read its settings from anywhere.
        let folder = FilePaths.parent(of: path)
        guard !ResolvedPath.isSymbolicLink(folder) else {
            return (SettingsLayer(), ["\(folder): \(RegularFileRefusal.symbolicLink); its settings are ignored"])
        }
        let data: [UInt8]
        do {
            data = try FilePaths.contents(atPath: path)
        } catch .missing {
            return (SettingsLayer(), [])
        } catch {
            return (SettingsLayer(), ["\(path): \(error); its settings are ignored"])
        }
        let json: JSON
        do {
            json = try JSON.parse(data)
        } catch {
            return (SettingsLayer(), ["\(path) is not valid JSON (\(error)); its settings are ignored"])
        }
        var (layer, warnings) = parse(json)
        layer.projectFolder = directory
        return (layer, warnings.map { "\(path): \($0)" })
    }
}

extension ServerSettings {
    /// The settings for the session folder `directory`: `user` over the defaults, as far as the folder's
    /// `.interview/config.json` may change them; the warnings name the config's bad values.
    public static func resolve(folder directory: String, user: SettingsLayer = SettingsLayer()) -> (settings: ServerSettings, warnings: [String]) {
        let project = SettingsLayer.project(in: directory)
        return (resolve([project.layer, user]), project.warnings)
    }
}
