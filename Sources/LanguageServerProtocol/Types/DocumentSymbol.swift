import JSON

/// The icon an editor shows for a symbol (the LSP `SymbolKind` numbers used here).
public enum SymbolKind: Int, Sendable, Hashable {
    case namespace = 3
    case `class` = 5
    case field = 8
    case event = 24
}

/// One entry of a hierarchical document outline.
public struct DocumentSymbol: Hashable, Sendable {
    public var name: String
    public var detail: String?
    public var kind: SymbolKind
    /// The whole extent of the symbol.
    public var range: Range
    /// The part to reveal when the symbol is picked; clients require it inside `range`.
    public var selectionRange: Range
    public var children: [DocumentSymbol]

    public init(name: String, detail: String?, kind: SymbolKind, range: Range, selectionRange: Range,
                children: [DocumentSymbol] = []) {
        self.name = name
        self.detail = detail
        self.kind = kind
        self.range = range
        self.selectionRange = selectionRange
        self.children = children
    }

    public var json: JSON {
        var object: [String: JSON] = [
            "name": .string(name), "kind": .int(kind.rawValue), "range": range.json, "selectionRange": selectionRange.json,
        ]
        if let detail { object["detail"] = .string(detail) }
        if !children.isEmpty { object["children"] = .array(children.map(\.json)) }
        return .object(object)
    }

    /// The flat `SymbolInformation` form for clients without hierarchical symbol support, in outline order.
    public func flattened(uri: String, container: String? = nil) -> [JSON] {
        var object: [String: JSON] = [
            "name": .string(detail.map { "\(name) (\($0))" } ?? name), "kind": .int(kind.rawValue),
            "location": Location(uri: uri, range: range).json,
        ]
        if let container { object["containerName"] = .string(container) }
        return [.object(object)] + children.flatMap { $0.flattened(uri: uri, container: name) }
    }
}
