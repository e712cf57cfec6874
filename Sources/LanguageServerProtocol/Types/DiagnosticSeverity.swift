/// How an editor should show a diagnostic.
public enum DiagnosticSeverity: Int, Sendable, Hashable {
    case error = 1
    case warning = 2
    case information = 3
    case hint = 4
}
