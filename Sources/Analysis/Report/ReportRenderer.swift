import JSON

// TEMPORARY scaffold: the reports work replaces this file (messages, JSON, text and SARIF renderers).
extension SessionAnalysis {
    /// One finding per requirement that is not verified, in report order.
    public var findings: [Finding] {
        assessments.compactMap { assessment in
            assessment.status == .verified ? nil
                : Finding(code: "unmet-requirement", severity: .warning, message: assessment.requirement.text, assessment: assessment)
        }
    }
}

/// Renders a session analysis for `interview-lsp check`.
public enum ReportRenderer {
    /// The `check --format json` object (schemas/check-report.schema.json).
    public static func json(_ analysis: SessionAnalysis) -> JSON { ["version": 1] }
    /// Compiler-style lines (`jd.md:17:3: warning: ...`).
    public static func text(_ analysis: SessionAnalysis) -> String { "" }
    /// A SARIF 2.1.0 log.
    public static func sarif(_ analysis: SessionAnalysis) -> JSON { ["version": "2.1.0"] }
}
