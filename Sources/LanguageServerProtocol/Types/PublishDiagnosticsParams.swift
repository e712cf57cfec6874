import JSON
import JSONRPC

/// The diagnostics of one document, replacing any published before.
public struct PublishDiagnosticsParams: Hashable, Sendable {
    public var uri: String
    public var version: Int?
    public var diagnostics: [Diagnostic]

    public init(uri: String, version: Int? = nil, diagnostics: [Diagnostic]) {
        self.uri = uri
        self.version = version
        self.diagnostics = diagnostics
    }

    public init(json: JSON) throws(ResponseError) {
        var diagnostics: [Diagnostic] = []
        for item in try json.requiredArray("diagnostics") { diagnostics.append(try Diagnostic(json: item)) }
        self.init(uri: try json.requiredString("uri"), version: json["version"]?.intValue, diagnostics: diagnostics)
    }

    public var json: JSON {
        var object: [String: JSON] = ["uri": .string(uri), "diagnostics": .array(diagnostics.map(\.json))]
        if let version { object["version"] = .int(version) }
        return .object(object)
    }
}
