import Testing
@testable import Analysis

/// A negation cue counts only where it governs the skill: its own clause, the words a bare "no"
/// stands before, a pronoun that points back at the skill, or the opening of an answer.
@Suite struct NegationScopeTests {
    private func status(_ answer: String, requirement: String = "Experience with Kubernetes") -> RequirementStatus {
        assess(requirement, transcript: handTranscript("Ana: \(answer)")).status
    }

    @Test(arguments: [
        "I upgraded Kubernetes last spring: no downtime, no rollbacks.",
        "I wrote our Kubernetes runbook: no jargon, just steps.",
        "We moved to Kubernetes with no outage at all.",
    ])
    func aNoBeforeOtherWordsDeniesThemNotTheSkill(answer: String) {
        #expect(status(answer) == .verified)
    }

    @Test func aNotSetOffByCommasDeniesOnlyItsOwnPhrase() {
        #expect(status("I'd listen, not guess at the cause, and roll back Kubernetes the same day.") == .verified)
        #expect(status("I'd listen, not touch Kubernetes, and call the vendor.") == .contradicted)
    }

    @Test(arguments: [
        "We had no real Kubernetes there.",
        "There was no Kubernetes at my last company.",
        "No, I haven't run Kubernetes myself.",
    ])
    func aNoBeforeTheSkillOrOpeningTheAnswerDeniesIt(answer: String) {
        #expect(status(answer) == .contradicted)
    }

    @Test(arguments: [
        "We evaluated Kubernetes for a month but never rolled it out.",
        "We trialled Kubernetes, but we didn't adopt it in the end.",
    ])
    func aNegatedPronounAfterButTakesTheMentionBack(answer: String) {
        #expect(status(answer) == .contradicted)
    }

    @Test(arguments: [
        "We trialled Kubernetes last year and decided against it.",
        "We looked at Kubernetes, so I've never run one in production.",
        "I read some Kubernetes manifests once, but I've never shipped any.",
    ])
    func theSpeakersNegatedPronounLaterInTheSentenceTakesTheMentionBack(answer: String) {
        #expect(status(answer) == .contradicted)
    }

    @Test(arguments: ["No, Kubernetes was our main platform.", "I couldn't have scaled without Kubernetes."])
    func anOpeningNoOrAFigureOfSpeechLeavesTheSkillStanding(answer: String) {
        #expect(status(answer) == .verified)
    }

    @Test func somethingElseFailingAtItIsNotTheSpeakersLack() {
        #expect(status("We moved to Kubernetes and the old hosts couldn't reach it for an hour.") == .verified)
        #expect(status("I never had an outage with Kubernetes I couldn't fix.") == .verified)
    }

    @Test func aLittleBeforeTheSkillHedgesItButALittleOverADurationDoesNot() {
        #expect(status("A little Kubernetes from a course, but not enough for production.") == .contradicted)
        #expect(status("I've run Kubernetes for a little over five years.") == .verified)
    }

    @Test func aContractionEndsItsSentence() {
        let transcript = handTranscript("Ana: No, I haven't. I pull all our numbers from Kubernetes dashboards.")
        #expect(assess("Kubernetes", transcript: transcript).status == .verified)
    }

    @Test func aNoToTheSkillHoldsThroughItsExplanation() {
        let transcript = handTranscript("""
        Sam: Have you written Go code?
        Ana: No, not really. I read some Go code at university.
        """)
        #expect(assess("Go", transcript: transcript).status == .contradicted)
    }

    @Test func aNoExplainedByOneAskedSkillIsAboutThatSkill() {
        let transcript = handTranscript("""
        Ana: I ran Kubernetes at Acme for three years.
        Sam: Would you run Kubernetes on Google Cloud here?
        Ana: Honestly, no. I have never touched Google Cloud, we were all on AWS.
        """)
        #expect(assess("Kubernetes", transcript: transcript).status == .verified)
        #expect(assess("Google Cloud", transcript: transcript).status == .contradicted)
    }

    @Test func anOpeningNoAboutTheAskedSkillLeavesAnotherStanding() {
        let transcript = handTranscript("""
        Sam: Do you use Terraform?
        Ana: Not really, all our infrastructure runs on Kubernetes that I set up.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .contradicted)
        #expect(assess("Kubernetes", transcript: transcript).status == .verified)
    }

    @Test func notAnymoreIsPastExperience() {
        let transcript = handTranscript("""
        Sam: Do you still run Terraform?
        Ana: Not anymore. I wrote Terraform at my last job, here it is all click-ops.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .verified)
    }

    @Test func aQuestionThatPointsBackAsksAboutWhatCameBefore() {
        let transcript = handTranscript("""
        Sam: Our platform runs on Kubernetes. Have you run it?
        Ana: No. We deploy to plain VMs.
        """)
        #expect(assess("Kubernetes", transcript: transcript).status == .contradicted)
    }

    @Test(arguments: [
        "I ran Kubernetes for two years but didn't enjoy it.",
        "I ran Kubernetes every day but never touched Terraform.",
    ])
    func aLaterClauseAboutSomethingElseLeavesTheMentionStanding(answer: String) {
        #expect(status(answer) == .verified)
    }

    @Test(arguments: [
        "Acme is on Nomad, so I'd need the Kubernetes training.",
        "I would need some time to get up to speed on Kubernetes.",
    ])
    func needingTrainingOnTheSkillIsALack(answer: String) {
        #expect(status(answer) == .contradicted)
    }

    @Test func theLatestOfADenialAndATrainingNeedStaysContradicted() {
        let transcript = handTranscript("""
        Sam: We run Kubernetes here. What have you used?
        Ana: I haven't used Kubernetes. Acme is on Nomad, so I'd need the Kubernetes training.
        """)
        let assessment = assess("Experience with Kubernetes", transcript: transcript)
        #expect(assessment.status == .contradicted)
        #expect(assessment.evidence.allSatisfy { $0.negated })
    }

    @Test func aSingleLetterSkillEndsItsSentence() {
        let transcript = handTranscript("Ana: I've never really used R. Everything I do is in Python.")
        #expect(assess("Python", transcript: transcript).status == .verified)
        #expect(assess("R", transcript: transcript).status == .contradicted)
    }

    @Test func anInitialInANameDoesNotEndTheSentence() {
        let transcript = handTranscript("Ana: I never met John C. Smith, who wrote our Kubernetes operators.")
        #expect(assess("Kubernetes", transcript: transcript).status == .contradicted)
    }

    @Test(arguments: ["Honestly, not really.", "Well, no.", "To be honest, no, we never used it."])
    func aDiscourseMarkerBeforeANoIsStillANo(answer: String) {
        let transcript = handTranscript("""
        Sam: Do you use Terraform, or any other infrastructure tool?
        Ana: \(answer)
        """)
        #expect(assess("Terraform", transcript: transcript).status == .contradicted)
    }

    @Test func aDiscourseMarkerBeforeAYesIsStillAYes() {
        let transcript = handTranscript("""
        Sam: Do you use Terraform?
        Ana: Honestly, yes, every day.
        """)
        #expect(assess("Terraform", transcript: transcript).status == .verified)
    }
}
