import JSON
import ProductInfo

/// Renders a session analysis for `interview-lsp check`: JSON, compiler-style text, or SARIF.
public enum ReportRenderer {
    /// The `check --format json` object (schemas/check-report.schema.json).
    public static func json(_ analysis: SessionAnalysis) -> JSON {
        JSONReport(analysis: analysis).value
    }

    /// Compiler-style lines (`jd.md:17:3: warning: ...`), then a summary line.
    public static func text(_ analysis: SessionAnalysis) -> String {
        TextReport(analysis: analysis).text
    }

    /// A SARIF 2.1.0 log with one result per finding.
    public static func sarif(_ analysis: SessionAnalysis, toolVersion: String = ProductInfo.version) -> JSON {
        SARIFReport(analysis: analysis, toolVersion: toolVersion).value
    }
}
