import Testing
@testable import Analysis

@Suite struct CoverageStatusTests {
    @Test func candidateWordsVerifyARequirement() {
        let transcript = handTranscript("""
        Sam: Tell me about your infrastructure work.
        Ana: I ran our Kubernetes clusters on EKS for three years.
        """)
        let assessment = assess("Experience with Kubernetes in production", transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.evidence.map(\.excerpt.text) == ["I ran our Kubernetes clusters on EKS for three years."])
        #expect(assessment.evidence.first?.excerpt.speaker == "Ana")
    }

    @Test func interviewerWordsNeverCountAsEvidence() {
        let transcript = handTranscript("""
        Sam: We use Kubernetes heavily here. Our platform team owns the clusters.
        Ana: Sounds like a great team.
        """)
        #expect(assess("Experience with Kubernetes", transcript: transcript).status == .unmet)
    }

    @Test func aQuestionIsNotAnAnswer() {
        let transcript = handTranscript("""
        Sam: How do you feel about on-call?
        Ana: Have you moved everything to Kubernetes yet?
        """)
        #expect(assess("Experience with Kubernetes", transcript: transcript).status == .unmet)
    }

    @Test func cvOnlyEvidenceIsClaimed() {
        let cv = handCV("""
        Senior SRE, Acme (2019 – present)
        - Ran Kubernetes clusters for 40 teams
        """)
        let assessment = assess("Experience with Kubernetes", cv: cv)
        #expect(assessment.status == .claimed)
        #expect(assessment.evidence.map(\.source) == [.cv])
        #expect(assessment.evidence.first?.excerpt.text == "Ran Kubernetes clusters for 40 teams")
    }

    @Test func interviewEvidenceComesBeforeCVEvidence() {
        let cv = handCV("- Terraform modules for every service")
        let transcript = handTranscript("Ana: I wrote most of our Terraform.")
        let assessment = assess("Infrastructure as code with Terraform", transcript: transcript, cv: cv)
        #expect(assessment.status == .verified)
        #expect(assessment.evidence.map(\.source) == [.transcript, .cv])
    }

    @Test func negatedInterviewEvidenceContradictsEvenWhenTheCVClaimsIt() {
        let cv = handCV("- Deployed services to Kubernetes")
        let transcript = handTranscript("""
        Sam: What's your Kubernetes experience like?
        Ana: Honestly I haven't used Kubernetes much, the platform team did that.
        """)
        let assessment = assess("Experience with Kubernetes", transcript: transcript, cv: cv)
        #expect(assessment.status == .contradicted)
        #expect(assessment.evidence.first?.negated == true)
        #expect(assessment.evidence.contains { $0.source == .cv })
    }

    @Test func laterPositiveInterviewEvidenceOverridesAnEarlierNegation() {
        let transcript = handTranscript("""
        Ana: I haven't used Terraform at my current job.
        Ana: But at Acme I wrote Terraform modules for the whole company.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .verified)
    }

    @Test func nothingIsUnmet() {
        let transcript = handTranscript("Ana: I like Python.")
        let assessment = assess("Experience with Terraform", transcript: transcript, cv: handCV("- Python scripts"))
        #expect(assessment.status == .unmet)
        #expect(assessment.evidence.isEmpty)
    }

    @Test func everySkillOfARequirementNeedsEvidence() {
        let transcript = handTranscript("Ana: Python is my main language.")
        #expect(assess("Python and SQL", transcript: transcript).status == .unmet)
        #expect(assess("Python and SQL", transcript: transcript, cv: handCV("- SQL reporting")).status == .claimed)
        #expect(assess("Python or SQL", transcript: transcript).status == .verified)
    }

    @Test func skillsJoinedBySlashAreAlternatives() {
        let transcript = handTranscript("Ana: Python is my main language.")
        #expect(assess("Python/SQL", transcript: transcript).status == .verified)
    }

    @Test func skillsInParenthesesAreExamples() {
        let transcript = handTranscript("Ana: Python is my main language.")
        #expect(assess("Python (e.g. with SQL)", transcript: transcript).status == .verified)
        #expect(assess("Strong Python (Docker a plus)", transcript: transcript).status == .verified)
        #expect(assess("Terraform and Python (Docker)", transcript: transcript).status == .unmet)
    }

    @Test func aSkillWithBothEvidenceKindsShowsOneQuoteEach() {
        let transcript = handTranscript("Ana: I write Python and SQL every day.")
        let assessment = assess("Python and SQL", transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.evidence.count == 1)
    }

    @Test func evidenceIsCappedAtFive() {
        let transcript = handTranscript((1...8).map { "Ana: Python story number \($0)." }.joined(separator: "\n"))
        #expect(assess("Python", transcript: transcript).evidence.count == 5)
    }

    @Test func notesCountUnattributedLinesButNotQuestions() {
        let notes = handTranscript("""
        Strong Terraform background, wrote modules at Acme.
        Ask about Kubernetes?
        Follow up on Python next round.
        """, path: "notes.md", kind: .notes)
        #expect(assess("Python", transcript: notes).status == .unmet)
        #expect(assess("Terraform", transcript: notes).status == .verified)
        #expect(assess("Kubernetes", transcript: notes).status == .unmet)
    }

    @Test func unattributedLinesOfATranscriptDoNotCount() {
        let transcript = handTranscript("Terraform everywhere.")
        #expect(assess("Terraform", transcript: transcript).status == .unmet)
    }
}
