/// How loudly a finding should be shown.
public enum FindingSeverity: String, Sendable, Hashable {
    case warning
    case information
}

/// A requirement that needs the recruiter's attention, as shown in diagnostics and `check` output.
public struct Finding: Sendable, Hashable {
    /// `unmet-requirement`, `unverified-claim` or `contradicted`.
    public var code: String
    public var severity: FindingSeverity
    public var message: String
    public var assessment: Assessment

    public init(code: String, severity: FindingSeverity, message: String, assessment: Assessment) {
        self.code = code
        self.severity = severity
        self.message = message
        self.assessment = assessment
    }
}
