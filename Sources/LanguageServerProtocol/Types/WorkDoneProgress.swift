import JSON

/// The value of a `$/progress` notification for work-done progress.
public enum WorkDoneProgress: Hashable, Sendable {
    case begin(title: String, message: String?, percentage: Int?)
    case report(message: String?, percentage: Int?)
    case end(message: String?)

    public var json: JSON {
        var object: [String: JSON]
        var message: String?
        var percentage: Int?
        switch self {
        case .begin(let title, let text, let percent):
            object = ["kind": "begin", "title": .string(title), "cancellable": false]
            (message, percentage) = (text, percent)
        case .report(let text, let percent):
            object = ["kind": "report"]
            (message, percentage) = (text, percent)
        case .end(let text):
            object = ["kind": "end"]
            message = text
        }
        if let message { object["message"] = .string(message) }
        if let percentage { object["percentage"] = .int(percentage) }
        return .object(object)
    }

    /// The `$/progress` params for `token` (a string or an integer).
    public func params(token: JSON) -> JSON {
        ["token": token, "value": json]
    }
}
