import Logging
import ModelClient

extension ModelClient {
    /// A client for `settings` that logs hosts, statuses and timings at info level, never the key (the client
    /// scrubs it).
    public static func product(settings: ModelSettings, log: Logger) -> ModelClient {
        ModelClient(settings: settings, logger: ModelLogger { line in log.info(line) })
    }
}
