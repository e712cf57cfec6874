import JSON
import JSONRPC

/// Params of one request or notification, decoded once at the protocol edge; a missing or mistyped member
/// is an InvalidParams error naming it.
public protocol ParamsDecodable: Sendable {
    init(json: JSON) throws(ResponseError)
}

extension ParamsDecodable {
    /// Decodes a message's params; absent or null params are an empty object, so optional members stay optional.
    public static func decode(_ params: JSON?) throws(ResponseError) -> Self {
        guard let params, !params.isNull else { return try Self(json: [:]) }
        guard params.objectValue != nil else { throw .invalidParams("params must be an object") }
        return try Self(json: params)
    }
}
