import JSON

/// A fix or refactoring offered for a range, carried out by its workspace edit and/or command.
public struct CodeAction: Hashable, Sendable {
    public var title: String
    /// `quickfix` for the actions on diagnostics.
    public var kind: String
    /// The diagnostics this action resolves.
    public var diagnostics: [Diagnostic]
    public var isPreferred: Bool
    public var edit: WorkspaceEdit?
    public var command: Command?

    public init(title: String, kind: String = "quickfix", diagnostics: [Diagnostic] = [], isPreferred: Bool = false,
                edit: WorkspaceEdit? = nil, command: Command? = nil) {
        self.title = title
        self.kind = kind
        self.diagnostics = diagnostics
        self.isPreferred = isPreferred
        self.edit = edit
        self.command = command
    }

    public var json: JSON {
        var object: [String: JSON] = ["title": .string(title), "kind": .string(kind)]
        if !diagnostics.isEmpty { object["diagnostics"] = .array(diagnostics.map(\.json)) }
        if isPreferred { object["isPreferred"] = true }
        if let edit { object["edit"] = edit.json }
        if let command { object["command"] = command.json }
        return .object(object)
    }
}
