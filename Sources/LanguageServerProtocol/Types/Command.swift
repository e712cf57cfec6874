import JSON

/// A command the client shows (on a code lens) or runs through `workspace/executeCommand`.
public struct Command: Hashable, Sendable {
    public var title: String
    public var command: String
    public var arguments: [JSON]

    public init(title: String, command: String, arguments: [JSON] = []) {
        self.title = title
        self.command = command
        self.arguments = arguments
    }

    public var json: JSON {
        var object: [String: JSON] = ["title": .string(title), "command": .string(command)]
        if !arguments.isEmpty { object["arguments"] = .array(arguments) }
        return .object(object)
    }
}

/// A command shown above a line of a document.
public struct CodeLens: Hashable, Sendable {
    public var range: Range
    public var command: Command

    public init(range: Range, command: Command) {
        self.range = range
        self.command = command
    }

    public var json: JSON { ["range": range.json, "command": command.json] }
}
