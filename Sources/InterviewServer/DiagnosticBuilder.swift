import Analysis
import JSON
import LanguageServerProtocol

/// Turns engine findings into the diagnostics published on a JD.
public enum DiagnosticBuilder {
    /// Diagnostics for the JD at session-relative `path`, in the findings' order.
    public static func diagnostics(for path: String, in findings: [Finding]) -> [Diagnostic] {
        findings.filter { $0.assessment.requirement.path == path }.map(diagnostic)
    }

    /// One finding as a diagnostic on its requirement's range.
    public static func diagnostic(_ finding: Finding) -> Diagnostic {
        Diagnostic(
            range: Range(finding.assessment.requirement.range),
            severity: finding.severity == .warning ? .warning : .information,
            code: finding.code,
            source: "interview",
            message: finding.message,
            data: ["requirementId": .string(finding.assessment.requirement.id)]
        )
    }
}
