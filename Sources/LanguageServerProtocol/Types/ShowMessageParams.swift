import JSON
import JSONRPC

/// A message for the user (`window/showMessage`) or the client's log (`window/logMessage`).
public struct ShowMessageParams: Hashable, Sendable {
    public var type: MessageType
    public var message: String

    public init(type: MessageType, message: String) {
        self.type = type
        self.message = message
    }

    public init(json: JSON) throws(ResponseError) {
        self.init(type: MessageType(rawValue: try json.requiredInt("type")) ?? .log, message: try json.requiredString("message"))
    }

    public var json: JSON { ["type": .int(type.rawValue), "message": .string(message)] }
}
