import JSON
import JSONRPC

/// A document the client opened, with its full text.
public struct TextDocumentItem: Hashable, Sendable {
    public var uri: String
    /// Not used to decide a document's kind: Neovim sends the filetype, often empty.
    public var languageId: String
    public var version: Int
    public var text: String

    public init(uri: String, languageId: String, version: Int, text: String) {
        self.uri = uri
        self.languageId = languageId
        self.version = version
        self.text = text
    }

    public init(json: JSON) throws(ResponseError) {
        self.init(
            uri: try json.requiredString("uri"),
            languageId: json["languageId"]?.stringValue ?? "",
            version: json["version"]?.intValue ?? 0,
            text: try json.requiredString("text")
        )
    }

    public var json: JSON {
        ["uri": .string(uri), "languageId": .string(languageId), "version": .int(version), "text": .string(text)]
    }
}
