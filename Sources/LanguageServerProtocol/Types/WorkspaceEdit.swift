import JSON

/// A replacement of a range of a document's text.
public struct TextEdit: Hashable, Sendable {
    public var range: Range
    public var newText: String

    public init(range: Range, newText: String) {
        self.range = range
        self.newText = newText
    }

    public var json: JSON { ["range": range.json, "newText": .string(newText)] }
}

/// Edits to one document at a known version (null: the file as on disk).
public struct TextDocumentEdit: Hashable, Sendable {
    public var uri: String
    public var version: Int?
    public var edits: [TextEdit]

    public init(uri: String, version: Int?, edits: [TextEdit]) {
        self.uri = uri
        self.version = version
        self.edits = edits
    }

    public var json: JSON {
        ["textDocument": ["uri": .string(uri), "version": .optional(version)], "edits": .array(edits.map(\.json))]
    }
}

/// One step of `documentChanges`: a text edit or a resource operation.
public enum DocumentChange: Hashable, Sendable {
    case edit(TextDocumentEdit)
    /// Creates a file; with `ignoreIfExists` an existing file is left as it is.
    case createFile(uri: String, ignoreIfExists: Bool)

    public var json: JSON {
        switch self {
        case .edit(let edit):
            edit.json
        case .createFile(let uri, let ignoreIfExists):
            ["kind": "create", "uri": .string(uri), "options": ["overwrite": false, "ignoreIfExists": .bool(ignoreIfExists)]]
        }
    }
}

/// Changes to the workspace: `documentChanges` (versioned, with resource operations) or the plain `changes` map.
public enum WorkspaceEdit: Hashable, Sendable {
    case documentChanges([DocumentChange])
    /// Edits by URI, for clients without `workspace.workspaceEdit.documentChanges`.
    case changes([String: [TextEdit]])

    public var json: JSON {
        switch self {
        case .documentChanges(let changes):
            ["documentChanges": .array(changes.map(\.json))]
        case .changes(let changes):
            ["changes": .object(changes.mapValues { .array($0.map(\.json)) })]
        }
    }
}
