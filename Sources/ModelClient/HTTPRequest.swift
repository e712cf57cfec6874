/// One POST to the model server, with everything needed to repeat it on retry.
struct HTTPRequest: Sendable {
    var url: String
    var headers: [String]
    var body: HTTPBody
    var connectTimeoutMs: Int
    var totalTimeoutMs: Int
    /// Loopback targets skip any configured proxy: a proxy cannot reach this machine's loopback.
    var bypassProxy: Bool
}

/// The request payload.
enum HTTPBody: Sendable {
    case json([UInt8])
    case multipart([MultipartPart])
}

/// One field of a multipart/form-data upload.
struct MultipartPart: Sendable {
    enum Content: Sendable {
        case text(String)
        case file(path: String, contentType: String?)
        /// Bytes in memory sent as a file named `fileName` (a recorded chunk that was never written alone to disk).
        case bytes([UInt8], fileName: String, contentType: String?)
    }

    var name: String
    var content: Content
}

/// What came back: the final status line, headers (names lowercased) and, unless streamed, the body.
struct HTTPResponse: Sendable {
    var status: Int = 0
    var headers: [String: String] = [:]
    var body: [UInt8] = []

    var isSuccess: Bool { (200..<300).contains(status) }
}

/// How a transfer ended when it did not complete normally.
enum TransferFailure: Error, Sendable {
    case cancelled
    /// No connection was established within the connect timeout.
    case connectTimedOut
    /// Connected, but the whole exchange did not finish within the total timeout.
    case timedOut
    /// The chunk handler asked to stop (e.g. it found malformed data).
    case stoppedByHandler
    /// Could not connect, or the connection broke.
    case connection(String)
}
