import Analysis
import JSON
import ModelClient

/// How far a session folder's own `.interview/config.json` may change one setting.
///
/// The file came with the folder (someone may have sent it), so it may narrow what the user's settings allow,
/// never widen it: it cannot turn the model on, reach further, send more, hang longer, write elsewhere, or
/// collect the user's key. `table` is the one place that says which rule holds for which setting.
enum FolderSettingRule: Sendable, Equatable {
    /// The folder's value applies: it shapes only this session's analysis and sends or writes nothing.
    case free
    /// A flag the folder may set only to `restrictive` (or to the value the user already has).
    case onlyTo(restrictive: Bool)
    /// A number the folder may lower, never raise above the user's value.
    case atMost
    /// The endpoint: the folder may choose one on this machine (text never goes further than the user's own
    /// endpoint would take it), and the user's key is then withheld from it.
    case endpoint
    /// The key: used only with an endpoint the same file chooses, never sent to the user's provider.
    case keyForOwnEndpoint
    /// A path that must resolve inside the session folder.
    case insideFolder
    /// Never taken from a folder.
    case never(reason: String)

    /// The rule for each setting of `SettingsLayer.knownKeys`.
    static let table: [String: FolderSettingRule] = [
        "debounceMs": .free,
        "documentGlobs": .free,
        "skills": .free,
        "logLevel": .never(reason: "the log level is shared by every session; set it in your own settings or INTERVIEW_LSP_LOG"),
        "index.path": .insideFolder,
        "model.enabled": .onlyTo(restrictive: false),
        "model.judge": .onlyTo(restrictive: false),
        "model.allowRemote": .onlyTo(restrictive: false),
        "model.redact": .onlyTo(restrictive: true),
        "model.baseURL": .endpoint,
        "model.apiKey": .keyForOwnEndpoint,
        "model.chatModel": .free,
        "model.embeddingModel": .free,
        "model.transcriptionModel": .free,
        "model.timeoutMs": .atMost,
        "model.connectTimeoutMs": .atMost,
        "model.maxRetries": .atMost,
    ]

    /// The rule for a dotted setting; one the table does not know is never taken from a folder.
    static func rule(for key: String) -> FolderSettingRule {
        table[key] ?? .never(reason: "not a setting a session folder may change")
    }

    /// What a folder's config brings besides its values: where the folder is, and whether it names an endpoint.
    struct Context {
        /// The session folder the config file belongs to.
        var folder: String?
        /// The same file's `interview.model.baseURL`.
        var endpoint: String?

        /// The folder's endpoint is used: one on this machine.
        var choosesEndpoint: Bool { endpoint.map(ModelSettings.isLoopback) == true }
    }

    /// The outcome for one folder value.
    enum Admission: Equatable {
        /// Use this value (the folder's, or its resolved form).
        case apply(JSON)
        /// Keep the user's value or the default, for this reason.
        case ignore(String)
    }

    /// What becomes of the folder's `value` where the user's own value (or the default) is `user`.
    func admit(_ value: JSON, over user: JSON?, in context: Context) -> Admission {
        switch self {
        case .free:
            return .apply(value)
        case .endpoint:
            if value.stringValue.map(ModelSettings.isLoopback) == true { return .apply(value) }
            return .ignore("only an endpoint on this machine (localhost, 127.0.0.0/8, ::1) may be set here")
        case .onlyTo(let restrictive):
            if value.boolValue == restrictive || value.boolValue == user?.boolValue { return .apply(value) }
            return .ignore("may be \(restrictive) here, not \(!restrictive)")
        case .atMost:
            if let number = value.doubleValue, let limit = user?.doubleValue, number > limit {
                return .ignore("may be lowered here, not raised")
            }
            return .apply(value)
        case .keyForOwnEndpoint:
            if context.choosesEndpoint { return .apply(value) }
            return .ignore("sent only to a baseURL on this machine set in the same file")
        case .insideFolder:
            if let folder = context.folder, let path = value.stringValue, let inside = ResolvedPath.inside(path, folder: folder) {
                return .apply(.string(inside))
            }
            return .ignore("must stay inside the session folder")
        case .never(let reason):
            return .ignore(reason)
        }
    }
}
