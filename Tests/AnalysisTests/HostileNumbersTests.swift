import Testing
@testable import Analysis

@Suite struct HostileNumbersTests {
    @Test(arguments: ["nan.5 years", "1e999.5 years", "99999999999999999999.5 years", "inf years", "infinity.0 years"])
    func numbersThatAreNotPlainDigitsNeitherCrashNorCountAsYears(_ phrase: String) {
        let session = Session(root: "/tmp/hostile", documents: [
            SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Role\n## Requirements\n- 3+ years of Python\n")),
            SessionDocument(path: "cv.md", kind: .cv, text: SourceText("# CV\n- Python for \(phrase)\n")),
            SessionDocument(path: "transcript.md", kind: .transcript,
                            text: SourceText("Interviewer: How long have you used Python?\nCandidate: I have used Python for \(phrase).\n")),
        ])
        let analysis = SessionAnalyzer(taxonomy: .bundled, options: AnalysisOptions(referenceDate: 2026)).analyze(session)
        #expect(analysis.assessments.count == 1)
        #expect(analysis.assessments.allSatisfy { ($0.yearsFound ?? 0).isFinite && ($0.yearsFound ?? 0) < 1000 })
    }
}
