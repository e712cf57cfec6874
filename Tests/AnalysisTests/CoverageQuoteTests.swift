import Testing
@testable import Analysis

@Suite struct CoverageQuoteTests {
    private func expectQuotesMatchRanges(_ assessment: Assessment, _ documents: [String: SourceText]) {
        for evidence in assessment.evidence {
            let text = documents[evidence.excerpt.path]?.text(in: evidence.excerpt.range)
            #expect(text.map(String.init) == evidence.excerpt.text)
        }
    }

    @Test func quotesAreTheExactTextAtTheirRanges() {
        let transcriptText = "Sam: Hi — welcome! 🎉\r\nAna: Ça va. Honestly I've used Kubernetes (EKS) since 2019, it's been great.\r\nAna: Also k8s at home."
        let cvText = "Ingénieure, Société (2019 – présent)\n- Exploité Kubernetes 🚀 en production\n"
        let transcript = handTranscript(transcriptText)
        let cv = handCV(cvText)
        let assessment = assess("Kubernetes", transcript: transcript, cv: cv)
        #expect(assessment.evidence.count == 3)
        #expect(assessment.evidence.first?.excerpt.text == "Honestly I've used Kubernetes (EKS) since 2019, it's been great.")
        expectQuotesMatchRanges(assessment, ["interview.md": SourceText(transcriptText), "cv.md": SourceText(cvText)])
    }

    @Test func longSentencesAreCutToTheClauseWithTheMatch() {
        let filler = String(repeating: "we talked about the roadmap and the budget and the hiring plan ", count: 4)
        let text = "Ana: \(filler), and then I migrated the billing service to Kubernetes, \(filler)."
        let assessment = assess("Kubernetes", transcript: handTranscript(text))
        let quote = assessment.evidence.first?.excerpt.text ?? ""
        #expect(quote == "and then I migrated the billing service to Kubernetes")
        expectQuotesMatchRanges(assessment, ["interview.md": SourceText(text)])
    }

    @Test func veryLongClausesAreCutToAWindowAroundTheMatch() {
        let filler = String(repeating: "word ", count: 80)
        let text = "Ana: \(filler)Kubernetes \(filler)"
        let assessment = assess("Kubernetes", transcript: handTranscript(text))
        let quote = assessment.evidence.first?.excerpt.text ?? ""
        #expect(quote.contains("Kubernetes"))
        #expect(quote.utf16.count <= 200)
        expectQuotesMatchRanges(assessment, ["interview.md": SourceText(text)])
    }

    @Test func evidenceFollowsDocumentOrder() {
        let transcript = handTranscript("""
        Ana: First I used Python at school.
        Sam: And then?
        Ana: Then Python at work.
        """)
        let lines = assess("Python", transcript: transcript).evidence.map(\.excerpt.range.start.line)
        #expect(lines == [0, 2])
    }

    @Test func theSameInputGivesTheSameAssessment() {
        let text = "Ana: I haven't used Terraform but I run k8s and Postgres.\nAna: Python or R for statistics."
        let first = ["Terraform", "Kubernetes and PostgreSQL", "Python or R"].map { assess($0, transcript: handTranscript(text)) }
        let second = ["Terraform", "Kubernetes and PostgreSQL", "Python or R"].map { assess($0, transcript: handTranscript(text)) }
        #expect(first == second)
        #expect(first.map(\.status) == [.contradicted, .verified, .verified])
    }
}
