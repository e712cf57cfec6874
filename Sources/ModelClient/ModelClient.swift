import JSON
import ProductInfo

/// A client for an OpenAI-compatible server (OpenAI, Ollama, llama.cpp, vLLM) over libcurl.
///
/// Every request enforces `allowRemote`, redacts personal data when `redact` is on, retries
/// transient failures, and aborts promptly when the calling Task is cancelled.
public final class ModelClient: Sendable {
    /// The settings this client was built with.
    public let settings: ModelSettings
    let logger: ModelLogger
    let redactor = Redactor()
    let retryPolicy: RetryPolicy
    private static let userAgent = "\(ProductInfo.name)/\(ProductInfo.version)"
    private let root: String

    /// A client for `settings` that names this product and its version in the User-Agent; lines go to `logger`
    /// (never the key).
    public convenience init(settings: ModelSettings, logger: ModelLogger = .silent) {
        self.init(settings: settings, logger: logger, retryPolicy: RetryPolicy())
    }

    init(settings: ModelSettings, logger: ModelLogger, retryPolicy: RetryPolicy) {
        self.settings = settings
        self.logger = logger
        self.retryPolicy = retryPolicy
        var root = settings.baseURL.trimmingWhitespace
        while root.hasSuffix("/") { root.removeLast() }
        self.root = root
    }

    /// `text` with the API key replaced, for anything that might be shown or logged.
    func scrub(_ text: String) -> String {
        guard let key = settings.apiKey, key.count >= 4 else { return text }
        return text.replacing(key, with: "[api-key]")
    }

    /// `text` as it may leave the machine.
    func outgoing(_ text: String) -> String {
        settings.redact ? redactor.redact(text) : text
    }

    /// Checks the endpoint before any byte is sent: a usable URL, and loopback only when `allowRemote` is off.
    func endpoint() throws(ModelError) -> Endpoint {
        guard let endpoint = Endpoint.parse(root) else {
            throw .invalidBaseURL("\(scrub(root)) is not an http:// or https:// URL")
        }
        if !settings.allowRemote && !endpoint.isLoopback {
            logger.log("model: refused \(endpoint.host): allowRemote is false")
            throw .remoteNotAllowed(host: endpoint.host)
        }
        return endpoint
    }

    /// Checks, without sending anything, that requests could go out: a usable base URL that `allowRemote` permits.
    public func checkEndpoint() throws(ModelError) {
        _ = try endpoint()
    }

    func request(path: String, body: HTTPBody, accept: String, endpoint: Endpoint) -> HTTPRequest {
        var headers = ["Accept: \(accept)", "User-Agent: \(Self.userAgent)"]
        if let key = settings.apiKey, !key.isEmpty { headers.append("Authorization: Bearer \(key)") }
        switch body {
        case .json: headers.append("Content-Type: application/json")
        // libcurl writes the multipart Content-Type with its boundary; no 100-continue round trip.
        case .multipart: headers.append("Expect:")
        }
        return HTTPRequest(
            url: root + path,
            headers: headers,
            body: body,
            connectTimeoutMs: max(1, Int(settings.connectTimeout * 1000)),
            totalTimeoutMs: max(1, Int(settings.totalTimeout * 1000)),
            bypassProxy: endpoint.isLoopback)
    }

    /// One failed attempt: the error to report, whether another attempt may help, and the server's `Retry-After`.
    struct AttemptFailure: Error {
        var error: ModelError
        var retryable: Bool
        var retryAfter: Double?
    }

    /// Runs `attempt` until it succeeds, fails for good, or `maxRetries` retries are spent.
    func withRetries<T: Sendable>(
        _ label: String, _ attempt: (Int) async throws -> T
    ) async throws -> T {
        var number = 0
        while true {
            try Task.checkCancellation()
            do {
                return try await attempt(number)
            } catch let failure as AttemptFailure {
                guard failure.retryable, number < settings.maxRetries else {
                    logger.log("model: \(label) failed: \(scrub(failure.error.description))")
                    throw failure.error
                }
                let delay = retryPolicy.delay(afterAttempt: number, retryAfter: failure.retryAfter)
                logger.log(
                    "model: \(label) attempt \(number + 1) failed (\(scrub(failure.error.description))); "
                        + "retrying in \(Self.twoDecimals(delay)) s")
                try await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
                number += 1
            }
        }
    }

    /// Sends one request and maps every way it can fail to an `AttemptFailure` or `CancellationError`.
    func send(_ request: HTTPRequest, label: String, onChunk: ChunkHandler? = nil) async throws -> HTTPResponse {
        let started = ContinuousClock.now
        let response: HTTPResponse
        do {
            response = try await HTTPTransfer.perform(request, onChunk: onChunk)
        } catch {
            switch error {
            case .cancelled:
                logger.log("model: \(label) cancelled")
                throw CancellationError()
            case .connectTimedOut:
                let seconds = settings.connectTimeout
                throw AttemptFailure(error: .connectionFailed("no connection within \(seconds) s"), retryable: true)
            case .timedOut:
                // Not retried: the server is up but slow, and the total timeout is the user's bound on waiting.
                throw AttemptFailure(error: .timedOut(seconds: settings.totalTimeout), retryable: false)
            case .connection(let reason):
                throw AttemptFailure(error: .connectionFailed(scrub(reason)), retryable: true)
            case .stoppedByHandler:
                throw AttemptFailure(error: .malformedResponse("the stream was not understood"), retryable: false)
            }
        }
        let elapsed = started.duration(to: .now)
        logger.log("model: \(label) → HTTP \(response.status) in \(elapsed.milliseconds) ms")
        guard response.isSuccess else {
            let error = ModelError.httpStatus(code: response.status, message: scrub(Self.errorMessage(response.body)))
            throw AttemptFailure(
                error: error, retryable: error.isTransient,
                retryAfter: RetryPolicy.parseRetryAfter(response.headers["retry-after"]))
        }
        return response
    }

    /// The server's own explanation from an OpenAI-style error body, or a short excerpt of the body.
    static func errorMessage(_ body: [UInt8]) -> String {
        if let json = try? JSON.parse(body), let message = errorMessage(in: json) { return message }
        let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingWhitespace
        return text.contains("<") ? "" : text
    }

    /// The explanation in an OpenAI-style error object (`{"error": {"message": …}}`), cut to 300 characters.
    static func errorMessage(in json: JSON) -> String? {
        guard let message = json["error"]?["message"]?.stringValue ?? json["error"]?.stringValue
            ?? json["message"]?.stringValue else { return nil }
        return String(message.prefix(300))
    }

    /// Parses a successful JSON response body.
    static func parseBody(_ response: HTTPResponse) throws -> JSON {
        do {
            return try JSON.parse(response.body)
        } catch {
            throw AttemptFailure(error: .malformedResponse("the body was not JSON (\(error.message))"), retryable: false)
        }
    }
}

extension ModelClient {
    /// `value` with two decimals, as `String(format: "%.2f")` printed it for a non-negative delay.
    static func twoDecimals(_ value: Double) -> String {
        let hundredths = Int((max(value, 0) * 100).rounded())
        let fraction = hundredths % 100
        return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}

extension Duration {
    var milliseconds: Int64 {
        let (seconds, attoseconds) = components
        return seconds * 1000 + attoseconds / 1_000_000_000_000_000
    }
}
