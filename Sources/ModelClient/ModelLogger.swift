/// Where the model client writes its diagnostic lines; the caller decides (stderr, LSP log, a test buffer).
public struct ModelLogger: Sendable {
    private let sink: @Sendable (String) -> Void

    /// A logger that hands every line to `sink`.
    public init(_ sink: @escaping @Sendable (String) -> Void) {
        self.sink = sink
    }

    /// A logger that drops everything.
    public static let silent = ModelLogger { _ in }

    func log(_ line: String) {
        sink(line)
    }
}
