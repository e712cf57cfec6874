import Testing
@testable import Assistant

@Suite struct ChatIntentTests {
    @Test(arguments: [
        ("What skills are missing for this JD based on the CV and interview transcript?", ChatIntent.missingSkills),
        ("What are the strongest evidence-backed strengths we observed?", .strengths),
        ("Which JD requirements are not yet covered and what should I ask next?", .coverageAndNextQuestions),
        ("List red flags or inconsistencies between the CV and what was said", .redFlags),
        ("Where did they talk about Terraform?", .passages),
    ])
    func theFourCommonQuestionsAreRecognised(question: String, intent: ChatIntent) {
        #expect(ChatIntent.classify(question) == intent)
    }
}
