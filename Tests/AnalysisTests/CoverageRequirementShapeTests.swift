import Testing
@testable import Analysis

/// How a requirement's wording combines its skills: a practice with its tool, alternatives that
/// were all denied, and examples that are only examples.
@Suite struct CoverageRequirementShapeTests {
    @Test(arguments: [
        "Infrastructure as code with Terraform",
        "Infrastructure as code using Terraform",
        "IaC in Terraform",
    ])
    func aToolShowsThePracticeNamedWithIt(requirement: String) {
        let transcript = handTranscript("Ana: It's all Terraform, I wrote the module library.")
        #expect(assess(requirement, transcript: transcript).status == .verified)
    }

    @Test func aToolForAPurposeIsShownByTheTool() {
        let transcript = handTranscript("Ana: Mostly Python, with pandas for the wrangling.")
        #expect(assess("Python for data analysis", transcript: transcript).status == .verified)
    }

    @Test func aToolWrittenBeforeItsPracticeShowsIt() {
        let transcript = handTranscript("Ana: Every module we ship is Terraform.")
        #expect(assess("Terraform infrastructure as code", transcript: transcript).status == .verified)
    }

    @Test func aCredentialInAFieldNeedsTheCredential() {
        let transcript = handTranscript("Ana: I've done data analysis every day for five years.")
        #expect(assess("Postgraduate diploma in data analysis", transcript: transcript).status == .unmet)
        let cv = handCV("MSc Data Analysis, University of Leeds, 2018")
        #expect(assess("Postgraduate diploma in data analysis", cv: cv).status == .claimed)
    }

    @Test func thePracticeAloneDoesNotShowTheTool() {
        let transcript = handTranscript("Ana: I do infrastructure as code every day, mostly in CloudFormation.")
        #expect(assess("Infrastructure as code with Terraform", transcript: transcript).status == .unmet)
    }

    @Test func twoNamedToolsStayBothNeeded() {
        let transcript = handTranscript("Ana: I ran Kubernetes clusters for years.")
        #expect(assess("Kubernetes on Google Cloud", transcript: transcript).status == .unmet)
        #expect(assess("Python and SQL", transcript: handTranscript("Ana: I write Python daily.")).status == .unmet)
    }

    @Test func deniedExamplesContradictTheRequirement() {
        let transcript = handTranscript("Ana: I've never used RabbitMQ or Kafka directly, only Redis as the broker.")
        let assessment = assess("Experience with message queues such as RabbitMQ or Kafka", transcript: transcript)
        #expect(assessment.status == .contradicted)
    }

    @Test func oneShownAlternativeOutweighsADeniedOne() {
        let transcript = handTranscript("Ana: I've never used RabbitMQ. We run everything through Kafka.")
        #expect(assess("Experience with message queues such as RabbitMQ or Kafka", transcript: transcript).status == .verified)
    }

    @Test func aDeniedSkillAmongNeededOnesStillContradicts() {
        let transcript = handTranscript("Ana: I write Python daily. I haven't used SQL.")
        #expect(assess("Python and SQL", transcript: transcript).status == .contradicted)
    }
}
