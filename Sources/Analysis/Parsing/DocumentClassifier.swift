/// Decides a document's kind from front matter, settings globs, then the file name.
public enum DocumentClassifier {
    /// The first line of every scorecard `interview-lsp report` writes (the second, after an HTML doctype).
    public static let reportMarker = "<!-- interview-lsp report -->"

    /// Whether `text` is a scorecard this tool wrote: the marker is its first line, or its second after a doctype.
    public static func isReport(_ text: SourceText) -> Bool {
        guard let first = text.lines.first?.trimmingWhitespace() else { return false }
        if first == reportMarker { return true }
        return first.lowercased().hasPrefix("<!doctype") && text.lines.count > 1 && text.lines[1].trimmingWhitespace() == reportMarker
    }

    /// Front matter `kind:` wins, then the first matching glob, then `kind(forFileName:)`; never the languageId.
    /// A scorecard this tool wrote is `.other`: its quotes would otherwise count again as evidence
    /// ("interview-report.md" reads as a transcript by its name).
    public static func kind(forPath path: String, text: SourceText, globs: [DocumentKind: [String]] = [:]) -> DocumentKind {
        if isReport(text) { return .other }
        if let kind = FrontMatter.parse(text)?.kind { return kind }
        if let kind = kind(forPath: path, globs: globs) { return kind }
        return kind(forFileName: path)
    }

    /// The kind the first matching glob assigns, checked in `DocumentKind.allCases` order for determinism.
    static func kind(forPath path: String, globs: [DocumentKind: [String]]) -> DocumentKind? {
        for kind in DocumentKind.allCases {
            for pattern in globs[kind] ?? [] where GlobPattern.matches(pattern, path: path) {
                return kind
            }
        }
        return nil
    }

    /// The kind the file name suggests (README.md, "A session folder"): `.vtt`/`.srt`, then notes, transcript, CV, JD; `.other` otherwise.
    /// A file in a `transcripts/` or `notes/` folder whose own name says nothing takes the folder's kind.
    public static func kind(forFileName path: String) -> DocumentKind {
        let kind = kind(forName: baseName(path))
        guard kind == .other, let slash = path.lastIndex(of: "/") else { return kind }
        let folder = baseName(String(path[..<slash])).lowercased()
        if folder.contains("notes") { return .notes }
        if folder.contains("transcript") || folder.contains("interview") { return .transcript }
        return .other
    }

    private static func kind(forName baseName: Substring) -> DocumentKind {
        let name = baseName.lowercased()
        let stem: Substring
        if let dot = name.lastIndex(of: "."), dot != name.startIndex {
            let ext = name[name.index(after: dot)...]
            if ext == "vtt" || ext == "srt" { return .transcript }
            stem = name[..<dot]
        } else {
            stem = name[...]
        }
        let tokens = stem.split { !($0.isLetter || $0.isNumber) }
        func has(_ word: String) -> Bool { stem.contains(word) }
        if has("notes") { return .notes }
        if has("transcript") || has("interview") { return .transcript }
        if tokens.contains("cv") || has("resume") || has("résumé") { return .cv }
        if tokens.contains("jd") || ["job", "description", "posting", "vacancy", "role"].contains(where: has) { return .jd }
        return .other
    }

    private static func baseName(_ path: String) -> Substring {
        let trimmed = path.hasSuffix("/") ? path.dropLast() : path[...]
        if let slash = trimmed.lastIndex(of: "/") { return trimmed[trimmed.index(after: slash)...] }
        return trimmed
    }
}
