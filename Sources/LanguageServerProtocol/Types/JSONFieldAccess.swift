import JSON
import JSONRPC

/// Typed member access for `init(json:)`: a missing or mistyped member is an InvalidParams error.
extension JSON {
    /// The member `key`, which must be present and not null.
    public func required(_ key: String) throws(ResponseError) -> JSON {
        guard let value = self[key], !value.isNull else { throw .invalidParams("missing '\(key)'") }
        return value
    }

    /// The string member `key`.
    public func requiredString(_ key: String) throws(ResponseError) -> String {
        guard let value = try required(key).stringValue else { throw .invalidParams("'\(key)' must be a string") }
        return value
    }

    /// The integer member `key`.
    public func requiredInt(_ key: String) throws(ResponseError) -> Int {
        guard let value = try required(key).intValue else { throw .invalidParams("'\(key)' must be an integer") }
        return value
    }

    /// The array member `key`.
    public func requiredArray(_ key: String) throws(ResponseError) -> [JSON] {
        guard let value = try required(key).arrayValue else { throw .invalidParams("'\(key)' must be an array") }
        return value
    }

    /// The string member `key`, nil when absent or null.
    public func optionalString(_ key: String) throws(ResponseError) -> String? {
        guard let value = self[key], !value.isNull else { return nil }
        guard let string = value.stringValue else { throw .invalidParams("'\(key)' must be a string") }
        return string
    }

    /// The boolean member `key`, nil when absent or null.
    public func optionalBool(_ key: String) throws(ResponseError) -> Bool? {
        guard let value = self[key], !value.isNull else { return nil }
        guard let bool = value.boolValue else { throw .invalidParams("'\(key)' must be true or false") }
        return bool
    }
}
