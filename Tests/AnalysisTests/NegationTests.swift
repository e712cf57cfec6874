import Testing
@testable import Analysis

@Suite struct NegationTests {
    private func status(of answer: String, requirement: String = "Experience with Kubernetes") -> RequirementStatus {
        assess(requirement, transcript: handTranscript("Ana: \(answer)")).status
    }

    @Test(arguments: [
        "I haven't used Kubernetes.",
        "I have not worked with Kubernetes.",
        "Kubernetes, not really.",
        "I've never touched Kubernetes.",
        "I have no experience with Kubernetes.",
        "I don't have Kubernetes experience.",
        "I do not have any Kubernetes exposure.",
        "Only a little Kubernetes, mostly reading.",
        "Not much Kubernetes to be honest.",
        "Little to no Kubernetes so far.",
        "I wish I had used Kubernetes more.",
        "Kubernetes, not yet.",
        "I never had the chance to use Kubernetes.",
        "I'd have to learn Kubernetes on the job.",
        "I'm not hands-on with Kubernetes.",
        "I haven’t used Kubernetes.",
        "I don't think I've ever used Kubernetes.",
        "There was no Kubernetes at my last company.",
        "It wasn't Kubernetes, it was Nomad.",
        "I'd love to learn Kubernetes.",
    ])
    func negationFormsContradict(answer: String) {
        #expect(status(of: answer) == .contradicted)
    }

    @Test(arguments: [
        "We not only used Kubernetes but also wrote operators for it.",
        "I never stopped using Kubernetes after that project.",
        "I never had an outage with Kubernetes I couldn't fix.",
        "I ran Kubernetes for years.",
        "I don't just use Kubernetes, I contribute to it.",
        "No doubt Kubernetes was the right call for us.",
        "No, I run Kubernetes every day.",
        "I'm not an expert in Kubernetes, but I run it in production.",
    ])
    func boastsAreNotNegations(answer: String) {
        #expect(status(of: answer) == .verified)
    }

    @Test func negationStaysInItsClause() {
        let transcript = handTranscript("Ana: I haven't used Terraform, but I run Kubernetes every day.")
        #expect(assess("Kubernetes", transcript: transcript).status == .verified)
        #expect(assess("Terraform", transcript: transcript).status == .contradicted)
    }

    @Test func aNewSubjectAfterAndStartsANewClause() {
        let transcript = handTranscript("Ana: I haven't used Terraform and I run Kubernetes every day.")
        #expect(assess("Kubernetes", transcript: transcript).status == .verified)
        #expect(assess("Terraform", transcript: transcript).status == .contradicted)
    }

    @Test func aNewSubjectAfterACommaStartsANewClause() {
        let transcript = handTranscript("Ana: I haven't used Terraform, we used Deployment Manager on Google Cloud.")
        #expect(assess("Terraform", transcript: transcript).status == .contradicted)
        #expect(assess("Google Cloud", transcript: transcript).status == .verified)
    }

    @Test func aNegativeAnswerToAQuestionNamingTheSkillContradictsIt() {
        let transcript = handTranscript("""
        Sam: Have you used Terraform?
        Ana: No, not really.
        """)
        let assessment = assess("Terraform", transcript: transcript)
        #expect(assessment.status == .contradicted)
        #expect(assessment.evidence.map(\.excerpt.text) == ["No, not really."])
        #expect(assessment.evidence.first?.excerpt.range.start.line == 1)
    }

    @Test func aShortRefusalAfterTheQuestionContradicts() {
        let transcript = handTranscript("""
        Sam: Great. And what about Kubernetes, have you run it yourself?
        Ana: I haven't.
        """)
        #expect(assess("Kubernetes", transcript: transcript).status == .contradicted)
    }

    @Test func aYesToAQuestionNamingTheSkillVerifiesIt() {
        let transcript = handTranscript("""
        Sam: Have you used Terraform in production?
        Ana: Yes, for about four years at Acme.
        """)
        let assessment = assess("Terraform", minYears: 3, transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 4)
    }

    @Test func anEchoedQuestionIsSkippedToFindTheAnswer() {
        let transcript = handTranscript("""
        Sam: Have you used Terraform?
        Ana: Terraform? Yes, every day.
        """)
        let assessment = assess("Terraform", transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.evidence.map(\.excerpt.text) == ["Yes, every day."])
    }

    @Test func anAnswerNamingOneOfTheAskedSkillsSaysNothingOfTheOthers() {
        let transcript = handTranscript("""
        Sam: Have you worked with Kubernetes or Terraform?
        Ana: Yes, Kubernetes mostly.
        """)
        #expect(assess("Kubernetes", transcript: transcript).status == .verified)
        #expect(assess("Terraform", transcript: transcript).status == .unmet)
    }

    @Test func aStatementIsNotAQuestionToAnswer() {
        let transcript = handTranscript("""
        Sam: Our stack is Terraform on AWS.
        Ana: Yes, sounds great.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .unmet)
    }

    @Test func yesToLearningIsNotExperience() {
        let transcript = handTranscript("""
        Sam: Would you be interested in learning Terraform?
        Ana: Yes, definitely.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .unmet)
    }

    @Test func aHedgedYesIsStillANo() {
        let transcript = handTranscript("""
        Sam: Have you used Terraform?
        Ana: Yes, but only a little.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .contradicted)
    }

    @Test func aNegativeAnswerOnlyCountsForTheSkillAsked() {
        let transcript = handTranscript("""
        Sam: Have you used Terraform?
        Ana: No, not really.
        """)
        #expect(assess("Kubernetes", transcript: transcript).status == .unmet)
    }

    @Test func anAnswerToADifferentSpeakerIsNotTakenAsARefusal() {
        let transcript = handTranscript("""
        Ana: I mostly wrote Terraform.
        Ana: No, not really a fan of YAML.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .verified)
    }
}
