import JSON
import JSONRPC
import LanguageServerProtocol
import Logging

/// stdout and stderr written with `write(2)`: `print` is block-buffered on a pipe and could be lost at exit.
/// Text goes out with its control characters made visible (`TerminalText`): it names folders and quotes files.
enum StandardOutput {
    private static let out = FileDescriptorWriter(descriptor: 1)
    private static let err = FileDescriptorWriter(descriptor: 2)

    /// Writes `text` to stdout, adding a final newline when missing.
    static func write(_ text: String) {
        out.write(Array(line(TerminalText.sanitized(text)).utf8))
    }

    /// Writes `json` to stdout, pretty-printed, as it is: JSON escapes control characters itself.
    static func write(_ json: JSON) {
        out.write(Array(line(json.serialized(pretty: true)).utf8))
    }

    /// Writes one line to stderr.
    static func error(_ text: String) {
        err.write(Array(line(TerminalText.sanitized(text)).utf8))
    }

    private static func line(_ text: String) -> String {
        text.hasSuffix("\n") || text.isEmpty ? text : text + "\n"
    }

    /// Writes `text` to stderr as it is (a status line redrawn with `\r`).
    static func errorText(_ text: String) {
        err.write(Array(text.utf8))
    }
}
