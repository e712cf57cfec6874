import Testing
@testable import Analysis

/// Answers to the interviewer's question count for the topic the question names, in the skill's
/// name or in the requirement's own words; a stated duration answers "how long".
@Suite struct CoverageTopicAnswerTests {
    @Test func aDurationAnswersAHowLongQuestionNamingTheSkill() {
        let transcript = handTranscript("""
        Sam: How long have you worked with Kubernetes?
        Ana: Almost eight years now, the last five on EKS.
        """)
        let assessment = assess("5+ years with Kubernetes", minYears: 5, transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 8)
    }

    @Test func aDurationAgoIsNotAYes() {
        let transcript = handTranscript("""
        Sam: Have you used Kubernetes?
        Ana: Two years ago we looked at it.
        """)
        #expect(assess("Kubernetes", transcript: transcript).status == .unmet)
    }

    @Test func aQuestionInTheRequirementsWordsIsAnsweredForIt() {
        let transcript = handTranscript("""
        Sam: How long have you been designing products?
        Ana: A little over five years.
        """)
        #expect(assess("4+ years of product design experience", minYears: 4, transcript: transcript).status == .verified)
    }

    @Test func aNoToAQuestionInTheRequirementsWordsContradictsIt() {
        let transcript = handTranscript("""
        Sam: Have you designed accessible products to the usual standards?
        Ana: No, not really.
        """)
        #expect(assess("Designing accessible products", transcript: transcript).status == .contradicted)
    }

    @Test func aQuestionOnAnotherTopicIsNotAnsweredForIt() {
        let transcript = handTranscript("""
        Sam: How long have you been at your current company?
        Ana: Five years.
        """)
        #expect(assess("4+ years of product design experience", minYears: 4, transcript: transcript).status == .unmet)
    }

    @Test func statedYearsInTheFieldVerifyAYearsRequirement() {
        let transcript = handTranscript("Ana: I've been a developer for a bit over six years, the last four at Acme.")
        let assessment = assess("4+ years of professional software development", minYears: 4, transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 6)
    }

    @Test func statedYearsInAnotherFieldDoNot() {
        let transcript = handTranscript("Ana: I spent six years in software sales before this.")
        #expect(assess("4+ years of professional software development", minYears: 4, transcript: transcript).status == .unmet)
    }
}
