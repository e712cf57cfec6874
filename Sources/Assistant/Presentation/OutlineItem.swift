import Analysis

/// One entry of a document outline (the editor's symbol tree).
public struct OutlineItem: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case section
        case requirement
        case role
        case turn
    }

    public var name: String
    public var detail: String?
    public var kind: Kind
    /// The whole extent of the item (a section runs to its last line).
    public var range: SourceRange
    /// The part to highlight and jump to (the heading or the item's text).
    public var selectionRange: SourceRange
    public var children: [OutlineItem]

    public init(name: String, detail: String?, kind: Kind, range: SourceRange, selectionRange: SourceRange,
                children: [OutlineItem] = []) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }
}
