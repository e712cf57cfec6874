import Analysis
import Blocking
import FoundationEssentials
import Logging
import RetrievalIndex

/// Model-assisted judging for `interview-lsp check`: only when the user asks for it (`check --judge`), never
/// because the session's own `.interview/config.json` says so; the report then marks what the model changed.
public enum ModelCheck {
    /// The user's settings of `check --judge`: the model on, judging.
    public static let judging = SettingsLayer(model: ["enabled": true, "judge": true])

    /// `analysis` with the model's checked judgments, or unchanged when `settings` do not ask for them or the
    /// provider cannot be used (said on stderr).
    public static func judged(_ analysis: SessionAnalysis, in directory: String, settings: ServerSettings,
                              environment: [String: String] = ProcessInfo.processInfo.environment) async -> SessionAnalysis {
        let options = ModelOptions(settings, environment: environment)
        guard options.enabled, options.judge else { return analysis }
        let log = Logger.shared
        guard let index = await open(directory, indexPath: settings.indexPath, log: log) else {
            log.warn("model judging skipped: the session has no retrieval index")
            return analysis
        }
        let documents = analysis.session.documents
        do {
            _ = try await index.perform { try $0.update(documents: documents) }
        } catch {
            log.warn("model judging skipped: the retrieval index could not be updated: \(error)")
            return analysis
        }
        let services = SessionModelServices(options: options, client: .product(settings: options.client, log: log), index: index, log: log)
        let backfill = EmbeddingBackfill(log: log)
        backfill.schedule(index: index, client: services.client, store: services.store)
        await backfill.settled()
        return await ModelJudging(services: services).judged(analysis)
    }

    /// The session's index, opened through `BlockingWork` (SQLite blocks).
    static func open(_ directory: String, indexPath: String?, log: Logger) async -> RetrievalIndex? {
        await BlockingWork.run {
            do {
                let location = IndexLocation.setting(indexPath, sessionRoot: directory)
                let index = try RetrievalIndex(sessionRoot: directory, location: location, log: { log.info($0) })
                if let notice = index.locationNotice { log.warn(notice) }
                return index
            } catch {
                log.warn("no retrieval index for \(directory): \(error)")
                return nil
            }
        }
    }
}
