import Testing
@testable import Analysis

/// A requirement is verified or claimed only when each of its parts is shown: "Python and
/// Fortran" needs both, "Norwegian or Danish" one. A part no skill names is looked for in words;
/// one that nothing shows keeps the requirement at most claimed and is named as unconfirmed.
@Suite struct CoveragePartsTests {
    @Test func aPartTheEngineCannotRecogniseKeepsTheRequirementAtMostClaimed() {
        let transcript = handTranscript("Ana: I write Python every day for our pricing service.")
        let assessment = assess("Python and Fortran", transcript: transcript)
        #expect(assessment.status == .claimed)
        #expect(assessment.unconfirmed == ["Fortran"])
    }

    @Test func anUnrecognisedPartShownInWordsCounts() {
        let transcript = handTranscript("Ana: I write Python every day, and I still maintain our Fortran solver.")
        let assessment = assess("Python and Fortran", transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.unconfirmed.isEmpty)
    }

    @Test func anUnrecognisedPartShownOnlyInTheCVMakesItClaimed() {
        let transcript = handTranscript("Ana: I write Python every day for our pricing service.")
        let cv = handCV("- Languages: Python, Fortran 90")
        let assessment = assess("Python and Fortran", transcript: transcript, cv: cv)
        #expect(assessment.status == .claimed)
        #expect(assessment.unconfirmed.isEmpty)
    }

    @Test func twoRecognisedPartsStillNeedBoth() {
        let transcript = handTranscript("Ana: I write Python every day for our pricing service.")
        #expect(assess("Python and SQL", transcript: transcript).status == .unmet)
    }

    @Test func anUnrecognisedAlternativeShownInWordsIsEnough() {
        let cv = handCV("- Numerical solvers in Fortran 90")
        #expect(assess("Python or Fortran", cv: cv).status == .claimed)
    }

    @Test func silenceFromAnUnrecognisedAlternativeDoesNotOutweighADenial() {
        let transcript = handTranscript("""
        Sam: Have you used Kafka?
        Ana: No, I haven't used Kafka.
        """)
        #expect(assess("Kafka or a similar event broker", transcript: transcript).status == .contradicted)
    }

    @Test func oneOfTwoUnrecognisedAlternativesIsEnough() {
        let transcript = handTranscript("Ana: I support customers in Swedish and Norwegian.")
        #expect(assess("Norwegian or Danish", transcript: transcript).status == .verified)
    }

    @Test func aCertificateNamedAsOneOfTwoAlternativesClaimsIt() {
        let cv = handCV("- IPAF 3a/3b")
        #expect(assess("IPAF or PASMA", cv: cv).status == .claimed)
    }

    @Test func aWordSharedByCoordinatedModifiersIsNoPartOfItsOwn() {
        let transcript = handTranscript("Ana: Communication is most of my job: I write the release notes and run the demos.")
        let assessment = assess("Strong written and verbal communication", transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.unconfirmed.isEmpty)
    }

    @Test func examplesAfterAColonOrInBracketsAreNoParts() {
        let transcript = handTranscript("Ana: I use Python every day for our pricing models.")
        #expect(assess("Python for data work: notebooks, pipelines and reports", transcript: transcript).status == .verified)
        #expect(assess("Python (notebooks and pipelines)", transcript: transcript).status == .verified)
    }
}
