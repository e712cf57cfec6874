import JSONRPC
import LanguageServerProtocol

/// stdout and stderr written with `write(2)`: `print` is block-buffered on a pipe and could be lost at exit.
enum StandardOutput {
    private static let out = FileDescriptorWriter(descriptor: 1)
    private static let err = FileDescriptorWriter(descriptor: 2)

    /// Writes `text` to stdout, adding a final newline when missing.
    static func write(_ text: String) {
        out.write(Array((text.hasSuffix("\n") || text.isEmpty ? text : text + "\n").utf8))
    }

    /// Writes one line to stderr.
    static func error(_ line: String) {
        err.write(Array((line.hasSuffix("\n") ? line : line + "\n").utf8))
    }

    /// Writes `text` to stderr as it is (a status line redrawn with `\r`).
    static func errorText(_ text: String) {
        err.write(Array(text.utf8))
    }
}
