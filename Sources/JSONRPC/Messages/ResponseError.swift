import JSON

/// A JSON-RPC error object, as returned in a response.
public struct ResponseError: Error, Hashable, Sendable, CustomStringConvertible {
    public var code: Int
    public var message: String
    public var data: JSON?

    public init(code: Int, message: String, data: JSON? = nil) {
        self.code = code
        self.message = message
        self.data = data
    }

    public init(json: JSON) throws(ResponseError) {
        guard let code = json["code"]?.intValue, let message = json["message"]?.stringValue else {
            throw .invalidParams("error object needs an integer code and a string message")
        }
        self.init(code: code, message: message, data: json["data"])
    }

    public var json: JSON {
        var object: [String: JSON] = ["code": .int(code), "message": .string(message)]
        if let data { object["data"] = data }
        return .object(object)
    }

    public var description: String { "\(message) (\(code))" }

    /// JSON-RPC and LSP error codes.
    public static let parseErrorCode = -32700
    public static let invalidRequestCode = -32600
    public static let methodNotFoundCode = -32601
    public static let invalidParamsCode = -32602
    public static let internalErrorCode = -32603
    public static let serverNotInitializedCode = -32002
    public static let requestCancelledCode = -32800

    /// The body was not JSON.
    public static func parseError(_ message: String) -> ResponseError { .init(code: parseErrorCode, message: message) }
    /// The JSON was not a valid message, or the request is not allowed in the current state.
    public static func invalidRequest(_ message: String) -> ResponseError { .init(code: invalidRequestCode, message: message) }
    /// No handler for the method.
    public static func methodNotFound(_ method: String) -> ResponseError {
        .init(code: methodNotFoundCode, message: "method not found: \(method)")
    }
    /// The params do not have the shape the method needs.
    public static func invalidParams(_ message: String) -> ResponseError { .init(code: invalidParamsCode, message: message) }
    /// The server failed while handling the request.
    public static func internalError(_ message: String) -> ResponseError { .init(code: internalErrorCode, message: message) }
    /// A request arrived before `initialize`.
    public static let serverNotInitialized = ResponseError(code: serverNotInitializedCode, message: "server not initialized")
    /// The client cancelled the request.
    public static let requestCancelled = ResponseError(code: requestCancelledCode, message: "request cancelled")
}
