import Analysis
import Testing
@testable import Assistant

@Suite struct OfflineAssistantTests {
    let fixture = SessionFixture()

    func answer(_ question: String) -> ChatAnswer {
        OfflineAssistant(analysis: fixture.analysis).answer(question)
    }

    @Test func everyCitationQuotesTheCitedTextExactly() {
        let checker = CitationChecker(session: fixture.session)
        for question in [
            "What skills are missing for this JD based on the CV and interview transcript?",
            "What are the strongest evidence-backed strengths we observed?",
            "Which JD requirements are not yet covered and what should I ask next?",
            "List red flags or inconsistencies between the CV and what was said",
        ] {
            let result = answer(question)
            #expect(!result.citations.isEmpty, "\(question)")
            #expect(result.citations.allSatisfy(checker.isValid), "\(question)")
            #expect(result.mode == .offline)
        }
    }

    @Test func missingSkillsListsUnmetMustHavesAndContradictionsButNotVerifiedOnes() {
        let result = answer("What skills are missing for this JD based on the CV and interview transcript?")
        #expect(result.answer.contains("Blameless postmortems"))
        #expect(result.answer.contains("haven't used Go"))
        #expect(result.answer.contains("PostgreSQL"))
        #expect(!result.answer.contains("Kubernetes"))
    }

    @Test func strengthsQuoteTheCandidateAndTheCV() {
        let result = answer("What are the strongest evidence-backed strengths we observed?")
        #expect(result.answer.contains("Kubernetes"))
        #expect(result.answer.contains("I ran our EKS clusters"))
        #expect(!result.answer.contains("Terraform"))
        #expect(result.citations.contains { $0.path == "transcript.md" && $0.speaker == "Sam" })
    }

    @Test func coverageSuggestsAQuestionPerOpenRequirementMustHavesFirst() throws {
        let result = answer("Which JD requirements are not yet covered and what should I ask next?")
        let lines = result.answer.split(separator: "\n")
        let postmortems = try #require(lines.firstIndex { $0.contains("Blameless postmortems") })
        let postgres = try #require(lines.firstIndex { $0.contains("PostgreSQL") })
        #expect(postmortems < postgres)
        #expect(result.answer.contains("Ask next:"))
        #expect(result.answer.contains("Your CV says “Wrote Terraform modules for every environment”"))
    }

    @Test func redFlagsNameTheContradictionAndTheYearsShortfall() {
        let result = answer("List red flags or inconsistencies between the CV and what was said")
        #expect(result.answer.contains("haven't used Go"))
        #expect(result.answer.contains("5+ years"))
        #expect(result.answer.contains("3.5"))
    }

    @Test func otherQuestionsAreAnsweredExtractivelyFromPassages() {
        struct Source: PassageSource {
            let passage: Passage
            func passages(matching query: String, limit: Int) throws -> [Passage] { [passage] }
        }
        let transcript = fixture.transcript
        let line = transcript.line(3).dropFirst(5)
        let passage = Passage(path: "transcript.md", kind: .transcript, range: transcript.range(of: line), text: String(line),
                              speaker: "Sam", timestamp: nil)
        let result = OfflineAssistant(analysis: fixture.analysis, passages: Source(passage: passage)).answer("Tell me about upgrades")
        #expect(result.answer.hasPrefix("Extractive answer"))
        #expect(result.citations == [Citation(path: "transcript.md", kind: .transcript, range: passage.range, text: passage.text, speaker: "Sam")])
    }

    @Test func aPassageWhoseQuoteIsNotInTheDocumentIsDropped() {
        struct Source: PassageSource {
            func passages(matching query: String, limit: Int) throws -> [Passage] {
                [Passage(path: "transcript.md", kind: .transcript,
                         range: SourceRange(start: .init(line: 0, character: 0), end: .init(line: 0, character: 5)),
                         text: "Invented")]
            }
        }
        let result = OfflineAssistant(analysis: fixture.analysis, passages: Source()).answer("Tell me about upgrades")
        #expect(result.citations.isEmpty)
        #expect(!result.answer.contains("Invented"))
    }

    @Test func answersAreDeterministic() {
        let question = "Which JD requirements are not yet covered and what should I ask next?"
        #expect(answer(question) == answer(question))
    }
}
