import JSON

/// One session folder config's values passing `FolderSettingRule`: what each becomes, and which were ignored
/// and why.
struct FolderAdmission {
    /// Where the config's folder is, and whether it names its own endpoint.
    let context: FolderSettingRule.Context
    /// The settings refused so far, in the order they were met.
    private(set) var ignored: [IgnoredFolderSetting] = []

    init(context: FolderSettingRule.Context) {
        self.context = context
    }

    /// The value to apply for the dotted `key` (`value` or its resolved form) over the user's value (or the
    /// default) `user`; nil, and recorded in `ignored`, when the key's rule refuses it.
    mutating func admit(_ key: String, _ value: JSON, over user: JSON? = nil) -> JSON? {
        switch FolderSettingRule.rule(for: key).admit(value, over: user, in: context) {
        case .apply(let admitted):
            return admitted
        case .ignore(let reason):
            ignored.append(IgnoredFolderSetting(key: key, reason: reason))
            return nil
        }
    }
}
