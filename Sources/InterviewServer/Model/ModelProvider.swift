import Assistant
import FoundationEssentials
import LanguageServerProtocol
import Logging
import ModelClient
import SessionSupport
import Synchronization

/// Builds one `ModelClient` per effective model settings and reuses it while the settings stay the same.
///
/// Settings are resolved per session (a project file may point at another provider), so a few clients
/// may be alive at once; the most recently used are kept.
final class ModelProvider: Sendable {
    /// The environment `OPENAI_API_KEY` and `OPENAI_BASE_URL` are read from.
    let environment: [String: String]
    private let clients = Mutex<[ModelClient]>([])
    private static let kept = 4
    private let backfills = Mutex<[String: EmbeddingBackfill]>([:])
    private let questions = Mutex<[String: InFlightWork<ModelQuestionKey, SuggestedQuestion>]>([:])
    private let log: Logger

    init(environment: [String: String] = ProcessInfo.processInfo.environment, log: Logger) {
        self.environment = environment
        self.log = log
    }

    /// The model options of effective server settings.
    func options(_ settings: ServerSettings) -> ModelOptions {
        ModelOptions(settings, environment: environment)
    }

    /// The client for `settings`, built on first use.
    func client(for settings: ModelSettings) -> ModelClient {
        clients.withLock { clients in
            if let index = clients.firstIndex(where: { $0.settings == settings }) {
                let client = clients.remove(at: index)
                clients.insert(client, at: 0)
                return client
            }
            let client = ModelClient.product(settings: settings, log: log)
            clients.insert(client, at: 0)
            if clients.count > Self.kept { clients.removeLast(clients.count - Self.kept) }
            return client
        }
    }

    /// The background embedding of the session at `directory`.
    func backfill(for directory: String) -> EmbeddingBackfill {
        backfills.withLock { backfills in
            if let existing = backfills[directory] { return existing }
            let created = EmbeddingBackfill(log: log)
            backfills[directory] = created
            return created
        }
    }

    /// The model questions being written for the session at `directory`.
    func questionsInFlight(for directory: String) -> InFlightWork<ModelQuestionKey, SuggestedQuestion> {
        questions.withLock { questions in
            if let existing = questions[directory] { return existing }
            let created = InFlightWork<ModelQuestionKey, SuggestedQuestion>()
            questions[directory] = created
            return created
        }
    }

    /// The key of a role candidate's background work: the role's folder and the candidate's name.
    static func candidateKey(_ directory: String, _ candidate: String) -> String {
        directory + "\u{0}" + candidate
    }

    /// Stops background work for a session that closed.
    func close(_ directory: String) {
        backfills.withLock { $0.removeValue(forKey: directory) }?.cancel()
        questions.withLock { _ = $0.removeValue(forKey: directory) }
    }
}
