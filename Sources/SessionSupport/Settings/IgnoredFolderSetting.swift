/// A setting of a session folder's own config that was not applied, and why (see `FolderSettingRule`).
public struct IgnoredFolderSetting: Sendable, Hashable {
    /// The setting, dotted below `interview.` (`model.enabled`).
    public var key: String
    /// Why the user's value or the default was kept.
    public var reason: String

    /// The setting `key`, ignored for `reason`.
    public init(key: String, reason: String) {
        self.key = key
        self.reason = reason
    }

    /// One line naming each ignored setting and why, never its value (a key must not be echoed).
    public static func notice(_ ignored: [IgnoredFolderSetting]) -> String {
        "ignored settings (a session folder's config may narrow your settings, never widen them): "
            + ignored.map { "interview.\($0.key) (\($0.reason))" }.joined(separator: "; ")
    }
}
