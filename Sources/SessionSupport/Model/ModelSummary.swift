import Assistant
import FoundationEssentials
import Logging

/// The model's summary for `interview-lsp report --summarize`: only when the user asks for it, never because the
/// session's own `.interview/config.json` says so (which may still turn it off); cached and counted per session.
public enum ModelSummary {
    /// The user's settings of `report --summarize`: the model on.
    public static let summarizing = SettingsLayer(model: ["enabled": true])

    /// The model's summary of `scorecard` (the offline Markdown scorecard), or nil when `settings` leave the model
    /// off or the provider fails (said through `warn`).
    public static func write(from scorecard: String, in directory: String, settings: ServerSettings,
                             environment: [String: String] = ProcessInfo.processInfo.environment,
                             warn: (String) -> Void) async -> String? {
        let options = ModelOptions(settings, environment: environment)
        guard options.enabled else {
            warn("the model is off for this session (its .interview/config.json turns it off): the summary is written offline")
            return nil
        }
        let log = Logger.shared
        let index = await ModelCheck.open(directory, indexPath: settings.indexPath, log: log)
        let services = SessionModelServices(options: options, client: .product(settings: options.client, log: log), index: index, log: log)
        let summary = await ModelSummaryWriter(model: services.languageModel(for: .summary)).summary(of: scorecard)
        if summary == nil { warn("the model gave no usable summary: the summary is written offline") }
        return summary
    }
}
