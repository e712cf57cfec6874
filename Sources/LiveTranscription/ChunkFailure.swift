import ModelClient

/// What a failed request means for the chunk that made it and for the chunks after it.
enum ChunkFailure: Equatable {
    /// A network fault, a timeout, 408, 429 or 5xx: the same chunk may well succeed later.
    case transient
    /// The server refused this chunk (400, 413, another 4xx, an answer it could not make sense of): another try
    /// or two may help, more will not.
    case chunk
    /// Every chunk would fail the same way (401, 403, 404, settings that forbid the endpoint): nothing more is sent.
    case session

    /// The kind of `error`; failures that are not the model's (writing the transcript) are transient.
    init(_ error: any Error) {
        guard let error = error as? ModelError else { self = .transient; return }
        switch error {
        case .httpStatus(let code, _):
            switch code {
            case 401, 403, 404: self = .session
            case 408, 429, 500...: self = .transient
            default: self = .chunk
            }
        case .remoteNotAllowed, .invalidBaseURL: self = .session
        case .malformedResponse, .fileUnreadable: self = .chunk
        case .timedOut, .connectionFailed, .streamInterrupted: self = .transient
        }
    }
}
