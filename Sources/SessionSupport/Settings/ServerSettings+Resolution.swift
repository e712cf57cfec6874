import JSON

/// How `ServerSettings` come from layers: the user's layers in priority order, then each session folder's own
/// config as far as `FolderSettingRule` lets it change them.
extension ServerSettings {
    /// Resolves layers in priority order: among the user's layers the first that sets a value wins; a session
    /// folder's layer then changes what `FolderSettingRule` lets it.
    public static func resolve(_ layers: [SettingsLayer]) -> ServerSettings {
        var settings = defaults
        for layer in layers.reversed() where !layer.isProjectFile {
            settings.apply(user: layer)
        }
        for layer in layers.reversed() where layer.isProjectFile {
            settings.apply(folder: layer)
        }
        return settings
    }

    /// Applies every value a user layer sets over the layers below it; `interview.model` member by member.
    private mutating func apply(user layer: SettingsLayer) {
        if let value = layer.debounceMs { debounceMs = value }
        if let value = layer.documentGlobs { documentGlobs = value }
        if let value = layer.skills { skills = value }
        if let value = layer.logLevel { logLevel = value }
        if let value = layer.model { model.merge(value) { _, higher in higher } }
        if let value = layer.indexPath { indexPath = value }
    }

    /// Applies a session folder's own settings over the user's as far as `FolderSettingRule.table` allows,
    /// recording each one it ignores.
    private mutating func apply(folder layer: SettingsLayer) {
        var admission = FolderAdmission(context: FolderSettingRule.Context(folder: layer.projectFolder,
                                                                         endpoint: layer.model?["baseURL"]?.stringValue))
        admitSessionSettings(of: layer, &admission)
        admitModel(of: layer, &admission)
        if admission.context.choosesEndpoint { withholdsUserKey = layer.model?["apiKey"]?.stringValue == nil }
        ignoredFolderSettings = admission.ignored.sorted { $0.key < $1.key }
    }

    /// The folder's settings besides the model (debounce, globs, skills, log level, index path), each as its
    /// rule admits it.
    private mutating func admitSessionSettings(of layer: SettingsLayer, _ admission: inout FolderAdmission) {
        // Globs and skills are typed already; their rule needs no value.
        if let value = layer.debounceMs, admission.admit("debounceMs", .int(value)) != nil { debounceMs = value }
        if let value = layer.documentGlobs, admission.admit("documentGlobs", .null) != nil { documentGlobs = value }
        if let value = layer.skills, admission.admit("skills", .null) != nil { skills = value }
        if let value = layer.logLevel, admission.admit("logLevel", .string(value.name)) != nil { logLevel = value }
        if let value = layer.indexPath, let path = admission.admit("index.path", .string(value))?.stringValue { indexPath = path }
    }

    /// The folder's `interview.model` members, each over the user's value (or the default) as its rule admits it.
    private mutating func admitModel(of layer: SettingsLayer, _ admission: inout FolderAdmission) {
        let user = model
        for (member, value) in (layer.model ?? [:]).sorted(by: { $0.key < $1.key }) {
            if let admitted = admission.admit("model." + member, value, over: user[member] ?? ModelOptions.defaultMembers[member]) {
                model[member] = admitted
            }
        }
    }
}
