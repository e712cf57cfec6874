import JSON
import ModelClient

/// The `interview.model` settings: whether a model is used at all, whether it judges, and how to reach it.
///
/// Offline is the default: nothing is sent anywhere unless `interview.model.enabled` is true, even when
/// `OPENAI_API_KEY` is set in the environment.
public struct ModelOptions: Sendable, Equatable {
    /// `interview.model.enabled`.
    public var enabled: Bool
    /// `interview.model.judge`: let the model judge requirements the offline engine leaves unmet or claimed.
    public var judge: Bool
    /// How to reach the provider, from the settings over `OPENAI_BASE_URL` / `OPENAI_API_KEY`.
    public var client: ModelSettings

    /// The options of merged `interview.model` members and the process environment.
    public init(_ members: [String: JSON], environment: [String: String]) {
        enabled = members["enabled"]?.boolValue ?? false
        judge = members["judge"]?.boolValue ?? false
        client = ModelSettings.resolve(from: .object(members), environment: environment).settings
    }

    /// The options for resolved server settings: the user's key is left out when the settings withhold it.
    public init(_ settings: ServerSettings, environment: [String: String]) {
        var members = settings.model
        var environment = environment
        if settings.withholdsUserKey {
            members["apiKey"] = nil
            environment["OPENAI_API_KEY"] = nil
        }
        self.init(members, environment: environment)
    }

    /// Each `interview.model` member that a session folder may only narrow, as it is when no layer sets it.
    static let defaultMembers: [String: JSON] = {
        let client = ModelSettings()
        return [
            "enabled": false, "judge": false, "allowRemote": .bool(client.allowRemote), "redact": .bool(client.redact),
            "timeoutMs": .double(client.totalTimeout * 1000), "connectTimeoutMs": .double(client.connectTimeout * 1000),
            "maxRetries": .int(client.maxRetries),
        ]
    }()

    /// The client settings when a model is to be used, nil when the product stays offline.
    public var activeClient: ModelSettings? { enabled ? client : nil }

    /// Reads one layer's `interview.model` value: the usable members, and a warning naming each bad one
    /// (which is left out, so a lower layer's value or the default applies).
    static func parse(_ value: JSON) -> (members: [String: JSON]?, warnings: [String]) {
        guard var members = value.objectValue else {
            return (nil, ["interview.model must be an object; defaults used"])
        }
        // `null` means "not set here", so a folder's `"apiKey": null` is no key of its own.
        members = members.filter { !$0.value.isNull }
        var warnings: [String] = []
        for flag in ["enabled", "judge"] {
            if let value = members[flag], !value.isNull, value.boolValue == nil {
                warnings.append("interview.model.\(flag) must be true or false; default used")
                members[flag] = nil
            }
        }
        // The environment does not matter for validation: only the members' own problems are reported.
        for problem in ModelSettings.resolve(from: .object(members), environment: [:]).problems {
            warnings.append("\(problem.setting) \(problem.message); default used")
            let prefix = "interview.model."
            if problem.setting.hasPrefix(prefix) { members[String(problem.setting.dropFirst(prefix.count))] = nil }
        }
        return (members, warnings)
    }
}
