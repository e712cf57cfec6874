import Foundation

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
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    func log(_ line: String) {
        sink(line)
    }
}
