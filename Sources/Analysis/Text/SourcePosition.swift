/// A position in a document: 0-based line and UTF-16 code unit offset in that line, as LSP counts them.
public struct SourcePosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

/// A half-open range between two positions.
public struct SourceRange: Hashable, Sendable {
    public var start: SourcePosition
    public var end: SourcePosition

    public init(start: SourcePosition, end: SourcePosition) {
        self.start = start
        self.end = end
    }

    /// True when `position` lies inside the range (the end counts, as editors place the cursor there).
    public func contains(_ position: SourcePosition) -> Bool {
        start <= position && position <= end
    }
}
