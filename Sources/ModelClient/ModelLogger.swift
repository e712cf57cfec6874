#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the model client writes its diagnostic lines; the caller decides (stderr, LSP log, a test buffer).
public struct ModelLogger: Sendable {
    private let sink: @Sendable (String) -> Void

    /// A logger that hands every line to `sink`.
    public init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    /// A logger that drops everything.
    public static let silent = ModelLogger { _ in }

    /// A logger that writes each line to standard error (never stdout, which may carry the LSP stream).
    public static let standardError = ModelLogger { line in
        var bytes = Array((line + "\n").utf8)
        // One write(2) per line, as FileHandle did, so concurrent lines do not interleave mid-line.
        _ = bytes.withUnsafeMutableBytes { write(2, $0.baseAddress, $0.count) }
    }

    func log(_ line: String) {
        sink(line)
    }
}
