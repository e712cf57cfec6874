import JSON

/// A JSON-RPC request id: an integer or a string.
public enum RequestID: Hashable, Sendable, CustomStringConvertible {
    case int(Int)
    case string(String)

    /// Reads an id; other JSON types are not ids.
    public init?(json: JSON) {
        switch json {
        case .int(let value): self = .int(value)
        case .string(let value): self = .string(value)
        default:
            guard let value = json.intValue else { return nil }
            self = .int(value)
        }
    }

    public var json: JSON {
        switch self {
        case .int(let value): .int(value)
        case .string(let value): .string(value)
        }
    }

    public var description: String {
        switch self {
        case .int(let value): String(value)
        case .string(let value): "\"\(value)\""
        }
    }
}
