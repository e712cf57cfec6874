import Analysis
import InterviewServer
import JSON
import LanguageServerProtocol
import Testing

private func finding(_ code: String, _ severity: FindingSeverity, path: String = "jd.md") -> Finding {
    let requirement = Requirement(
        id: "erlang-otp-in-production", text: "Experience with Erlang/OTP in production", priority: .must, path: path,
        range: SourceRange(start: SourcePosition(line: 4, character: 2), end: SourcePosition(line: 4, character: 42)),
        skills: ["Erlang"], minYears: nil
    )
    return Finding(code: code, severity: severity, message: "Unmet must requirement", assessment: Assessment(requirement: requirement, status: .unmet, evidence: []))
}

@Test func aFindingBecomesADiagnosticOnTheRequirement() {
    let diagnostic = DiagnosticBuilder.diagnostic(finding("unmet-requirement", .warning))
    #expect(diagnostic.source == "interview")
    #expect(diagnostic.code == "unmet-requirement")
    #expect(diagnostic.severity == .warning)
    #expect(diagnostic.range == LanguageServerProtocol.Range(start: Position(line: 4, character: 2), end: Position(line: 4, character: 42)))
    #expect(diagnostic.data == ["requirementId": "erlang-otp-in-production"])
    #expect(diagnostic.json["severity"] == 2)
}

@Test func informationFindingsAreInformationDiagnostics() {
    #expect(DiagnosticBuilder.diagnostic(finding("unverified-claim", .information)).severity == .information)
}

@Test func eachJDGetsOnlyItsOwnFindings() {
    let findings = [finding("unmet-requirement", .warning, path: "jd.md"), finding("contradicted", .warning, path: "role.md")]
    #expect(DiagnosticBuilder.diagnostics(for: "role.md", in: findings).map(\.code) == ["contradicted"])
}
