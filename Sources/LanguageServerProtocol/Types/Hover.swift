import JSON

/// How a client renders text: Markdown or plain text.
public enum MarkupKind: String, Sendable, Hashable {
    case plaintext
    case markdown
}

/// Text with its rendering kind, as in hover contents.
public struct MarkupContent: Hashable, Sendable {
    public var kind: MarkupKind
    public var value: String

    public init(kind: MarkupKind, value: String) {
        self.kind = kind
        self.value = value
    }

    public var json: JSON { ["kind": .string(kind.rawValue), "value": .string(value)] }
}

/// The answer to `textDocument/hover`.
public struct Hover: Hashable, Sendable {
    public var contents: MarkupContent
    /// The range the hover is about, highlighted by some editors.
    public var range: Range?

    public init(contents: MarkupContent, range: Range?) {
        self.contents = contents
        self.range = range
    }

    public var json: JSON {
        var object: [String: JSON] = ["contents": contents.json]
        if let range { object["range"] = range.json }
        return .object(object)
    }
}
