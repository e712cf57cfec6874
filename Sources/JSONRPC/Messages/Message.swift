import JSON

/// A request from the peer that expects a response.
public struct Request: Sendable, Hashable {
    public var id: RequestID
    public var method: String
    public var params: JSON?

    public init(id: RequestID, method: String, params: JSON? = nil) {
        self.id = id
        self.method = method
        self.params = params
    }

    public var json: JSON {
        var object: [String: JSON] = ["jsonrpc": "2.0", "id": id.json, "method": .string(method)]
        if let params { object["params"] = params }
        return .object(object)
    }
}

/// A message that expects no response.
public struct Notification: Sendable, Hashable {
    public var method: String
    public var params: JSON?

    public init(method: String, params: JSON? = nil) {
        self.method = method
        self.params = params
    }

    public var json: JSON {
        var object: [String: JSON] = ["jsonrpc": "2.0", "method": .string(method)]
        if let params { object["params"] = params }
        return .object(object)
    }
}

/// The answer to a request: a result or an error; `id` is nil only when the request's id was unreadable.
public struct Response: Sendable, Hashable {
    public var id: RequestID?
    public var result: Result<JSON, ResponseError>

    public init(id: RequestID?, result: Result<JSON, ResponseError>) {
        self.id = id
        self.result = result
    }

    public var json: JSON {
        var object: [String: JSON] = ["jsonrpc": "2.0", "id": id?.json ?? .null]
        switch result {
        case .success(let value): object["result"] = value
        case .failure(let error): object["error"] = error.json
        }
        return .object(object)
    }
}

/// Any JSON-RPC 2.0 message.
public enum Message: Sendable, Hashable {
    case request(Request)
    case notification(Notification)
    case response(Response)

    /// Reads a message from a parsed body. The error carries the id to answer with, when one was readable.
    public init(json: JSON) throws(InvalidMessage) {
        guard case .object(let object) = json else {
            throw InvalidMessage(id: nil, error: .invalidRequest("a message must be a JSON object"))
        }
        let rawID = object["id"]
        let id = rawID.flatMap(RequestID.init(json:))
        if let rawID, !rawID.isNull, id == nil {
            throw InvalidMessage(id: nil, error: .invalidRequest("id must be an integer or a string"))
        }
        guard object["jsonrpc"]?.stringValue == "2.0" else {
            throw InvalidMessage(id: id, error: .invalidRequest("jsonrpc must be \"2.0\""))
        }
        // Clients such as Emacs lsp-mode spell "no params" as null: it means the same as omitting them.
        let params = object["params"]?.nonNull
        if let params, params.objectValue == nil, params.arrayValue == nil {
            throw InvalidMessage(id: id, error: .invalidRequest("params must be an object or an array"))
        }
        if let methodValue = object["method"] {
            guard let method = methodValue.stringValue else {
                throw InvalidMessage(id: id, error: .invalidRequest("method must be a string"))
            }
            if let id {
                self = .request(Request(id: id, method: method, params: params))
            } else if rawID == nil {
                self = .notification(Notification(method: method, params: params))
            } else {
                throw InvalidMessage(id: nil, error: .invalidRequest("a request id cannot be null"))
            }
            return
        }
        if let error = object["error"] {
            guard let responseError = try? ResponseError(json: error) else {
                throw InvalidMessage(id: id, error: .invalidRequest("malformed error object"))
            }
            self = .response(Response(id: id, result: .failure(responseError)))
        } else if let result = object["result"], rawID != nil {
            self = .response(Response(id: id, result: .success(result)))
        } else {
            throw InvalidMessage(id: id, error: .invalidRequest("a message needs a method, a result or an error"))
        }
    }

    public var json: JSON {
        switch self {
        case .request(let request): request.json
        case .notification(let notification): notification.json
        case .response(let response): response.json
        }
    }
}

/// A JSON value that is not a valid message, with the id to answer the error to when known.
public struct InvalidMessage: Error, Sendable, Hashable {
    public var id: RequestID?
    public var error: ResponseError
}
