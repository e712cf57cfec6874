import JSON

extension SettingsLayer {
    /// Where a session folder keeps its own settings.
    public static let projectFileName = ".interview/config.json"

    /// The settings of `directory/.interview/config.json` (empty when there is none), with warnings for bad values.
    public static func project(in directory: String) -> (layer: SettingsLayer, warnings: [String]) {
        let path = FilePaths.join(directory, projectFileName)
        guard let data = FilePaths.contents(atPath: path) else { return (SettingsLayer(), []) }
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
