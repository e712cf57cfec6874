import JSON
import JSONRPC

/// A problem or remark attached to a range of a document.
public struct Diagnostic: Hashable, Sendable {
    public var range: Range
    public var severity: DiagnosticSeverity?
    public var code: String?
    public var source: String?
    public var message: String
    /// Preserved between publishDiagnostics and codeAction requests.
    public var data: JSON?

    public init(range: Range, severity: DiagnosticSeverity?, code: String?, source: String?, message: String, data: JSON? = nil) {
        self.range = range
        self.severity = severity
        self.code = code
        self.source = source
        self.message = message
        self.data = data
    }

    public init(json: JSON) throws(ResponseError) {
        let code: String? = switch json["code"] {
        case .string(let value)?: value
        case .int(let value)?: String(value)
        default: nil
        }
        self.init(
            range: try Range(json: try json.required("range")),
            severity: json["severity"]?.intValue.flatMap(DiagnosticSeverity.init(rawValue:)),
            code: code,
            source: json["source"]?.stringValue,
            message: try json.requiredString("message"),
            data: json["data"]
        )
    }

    public var json: JSON {
        var object: [String: JSON] = ["range": range.json, "message": .string(message)]
        if let severity { object["severity"] = .int(severity.rawValue) }
        if let code { object["code"] = .string(code) }
        if let source { object["source"] = .string(source) }
        if let data { object["data"] = data }
        return .object(object)
    }
}
