import Logging
import ModelClient
import ProductInfo

extension ModelClient {
    /// A client for `settings` that sends this product's version and logs hosts, statuses and timings at info
    /// level, never the key (the client scrubs it).
    public static func product(settings: ModelSettings, log: Logger) -> ModelClient {
        ModelClient(settings: settings, logger: ModelLogger { line in log.info(line) }, version: ProductInfo.version)
    }
}
