// TEMPORARY scaffold: the parsing work replaces this file with one file per parser.
/// Finds the requirements of a job description.
public enum JobDescriptionParser {
    /// Requirements in document order; `skills` is left empty (the analyzer fills it from the taxonomy).
    public static func parse(_ text: SourceText, path: String) -> ParsedJobDescription {
        ParsedJobDescription(title: nil, titleRange: nil, requirements: [], headings: [])
    }
}

/// Reads a CV's sections, roles and entries.
public enum CVParser {
    public static func parse(_ text: SourceText) -> ParsedCV { ParsedCV(sections: [], roles: [], entries: []) }
}

/// Reads Markdown/plain, WebVTT and SRT transcripts into turns.
public enum TranscriptParser {
    /// `path` picks the format by extension (.vtt, .srt) before the content is sniffed.
    public static func parse(_ text: SourceText, path: String) -> Transcript { Transcript(turns: []) }
}

/// Decides a document's kind from front matter, settings globs, then the file name.
public enum DocumentClassifier {
    public static func kind(forPath path: String, text: SourceText, globs: [DocumentKind: [String]] = [:]) -> DocumentKind {
        .other
    }
}

/// Reads a session folder from disk.
public enum SessionLoader {
    /// Reads every session file under `directory`; binary or unreadable files become `problems`.
    public static func load(directory: String, globs: [DocumentKind: [String]] = [:]) throws(SessionLoadError) -> Session {
        Session(root: directory, documents: [])
    }
}

/// Why a session folder could not be read at all.
public struct SessionLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    public var message: String
    public init(message: String) { self.message = message }
    public var description: String { message }
}
