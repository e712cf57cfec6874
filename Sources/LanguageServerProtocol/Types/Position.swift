import JSON
import JSONRPC

/// A 0-based line and UTF-16 character offset, as LSP counts them.
public struct Position: Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public init(json: JSON) throws(ResponseError) {
        self.init(line: try json.requiredInt("line"), character: try json.requiredInt("character"))
    }

    public var json: JSON { ["line": .int(line), "character": .int(character)] }

    public static func < (lhs: Position, rhs: Position) -> Bool { (lhs.line, lhs.character) < (rhs.line, rhs.character) }
}
