/// Why a model request failed, phrased for the person reading the notice; never contains the API key.
public enum ModelError: Error, Sendable, Equatable, CustomStringConvertible {
    /// `allowRemote` is off and the base URL does not point at this machine.
    case remoteNotAllowed(host: String)
    /// The base URL cannot be used.
    case invalidBaseURL(String)
    /// The server answered with an error status.
    case httpStatus(code: Int, message: String)
    /// No complete answer arrived within the configured time.
    case timedOut(seconds: Double)
    /// The server could not be reached or dropped the connection before answering.
    case connectionFailed(String)
    /// A streamed answer broke off; `partial` is the text that had arrived.
    case streamInterrupted(partial: String, reason: String)
    /// The server answered with something that is not the expected API shape.
    case malformedResponse(String)
    /// The audio file to upload cannot be read.
    case fileUnreadable(path: String)

    public var description: String {
        switch self {
        case .remoteNotAllowed(let host):
            return "Refused to contact \(host): interview.model.allowRemote is false, so only this machine (localhost, 127.0.0.1, ::1) may be used."
        case .invalidBaseURL(let reason):
            return "The model base URL is not usable: \(reason)."
        case .httpStatus(let code, let message):
            let detail = message.isEmpty ? "" : ": \(message)"
            return "The model server answered HTTP \(code)\(detail)."
        case .timedOut(let seconds):
            return "The model server did not answer within \(Self.format(seconds)) s."
        case .connectionFailed(let reason):
            return "Could not reach the model server: \(reason)."
        case .streamInterrupted(_, let reason):
            return "The model's answer broke off: \(reason)."
        case .malformedResponse(let reason):
            return "The model server sent an unexpected response: \(reason)."
        case .fileUnreadable(let path):
            return "Cannot read the audio file \(path)."
        }
    }

    /// True for HTTP statuses worth another attempt: rate limits and server errors.
    var isTransient: Bool {
        if case .httpStatus(let code, _) = self { return code == 429 || code >= 500 }
        return false
    }

    private static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}
