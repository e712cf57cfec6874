import Analysis
import Assistant
import JSON
import LanguageServerProtocol
import SessionSupport

/// Turns session-relative paths into the URIs the client knows: an open document's URI as the client
/// spelled it, else a `file://` URI built from the path.
struct SessionLocations: Sendable {
    /// The session folder, absolute.
    let directory: String
    /// Client URIs of the open documents of the session, by session-relative path.
    let openURIs: [String: String]

    /// The URI of the session document at `path`.
    func uri(for path: String) -> String {
        openURIs[path] ?? DocumentURI(path: FilePaths.join(directory, path)).string
    }

    func location(_ path: String, _ range: SourceRange) -> Location {
        Location(uri: uri(for: path), range: Range(range))
    }

    /// A link an editor opens at a 0-based line: the file URI with a `#L<1-based line>` fragment.
    func link(_ path: String, _ line: Int) -> String {
        uri(for: path) + "#L\(line + 1)"
    }

    /// A citation as the commands return it, named by the URI the client knows.
    func json(_ citation: Citation) -> JSON {
        citation.json(uri: uri(for: citation.path))
    }
}
