import JSON

// JSON shapes shared by the JSON and SARIF reports, so both describe a range or years the same way.
extension SourceRange {
    /// The LSP range object: 0-based lines, UTF-16 characters.
    var lspJSON: JSON {
        [
            "start": ["line": .int(start.line), "character": .int(start.character)],
            "end": ["line": .int(end.line), "character": .int(end.character)],
        ]
    }

    /// A SARIF region: 1-based lines and columns (SARIF counts UTF-16 code units by default, as LSP does).
    var sarifRegion: JSON {
        [
            "startLine": .int(start.line + 1), "startColumn": .int(start.character + 1),
            "endLine": .int(end.line + 1), "endColumn": .int(end.character + 1),
        ]
    }
}

extension JSON {
    /// Years as a number that prints `5`, not `5.0`, when whole; null when absent.
    static func years(_ value: Double?) -> JSON {
        guard let value else { return .null }
        if value.rounded() == value, abs(value) < 1e9 { return .int(Int(value)) }
        return .double((value * 100).rounded() / 100)
    }
}

/// Joins the session root and a session-relative path the way a shell user typed the root.
enum SessionPath {
    static func display(root: String, path: String) -> String {
        if root.isEmpty || root == "." || root == "./" { return path }
        return root.hasSuffix("/") ? root + path : root + "/" + path
    }
}
