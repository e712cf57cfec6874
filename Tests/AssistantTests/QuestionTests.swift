import Analysis
import Testing
@testable import Assistant

@Suite struct QuestionTests {
    let fixture = SessionFixture()

    @Test func aClaimIsProbedWithTheCVsOwnWords() {
        let terraform = fixture.analysis.assessments[1]
        let question = QuestionGenerator.question(for: terraform)
        #expect(question.text.hasPrefix("Your CV says “Wrote Terraform modules for every environment” —"))
        #expect(question.grounding?.path == "cv.md")
    }

    @Test func aContradictionIsFollowedUpWithWhatWasSaid() {
        let go = fixture.analysis.assessments[2]
        let question = QuestionGenerator.question(for: go)
        #expect(question.text.contains("Earlier you said “Honestly I haven't used Go at all.”"))
        #expect(question.text.contains("Go"))
    }

    @Test func aGapWithoutANamedSkillQuotesTheRequirement() {
        let postmortems = fixture.analysis.assessments[3]
        #expect(QuestionGenerator.question(for: postmortems).text.contains("“Blameless postmortems”"))
    }

    @Test func theNextQuestionIsTheFirstUnmetMustHave() {
        let question = NextQuestionPicker.best(in: fixture.analysis)
        #expect(question?.requirementId == "postmortems")
    }

    @Test func aQuestionAlreadyInTheNotesIsNotSuggestedAgain() throws {
        let first = try #require(NextQuestionPicker.best(in: fixture.analysis))
        var analysis = fixture.analysis
        let notes = QuestionInsertion.newNotesFile(with: first)
        analysis.session = Session(root: "/tmp/session",
                                   documents: analysis.session.documents + [SessionDocument(path: "notes.md", kind: .notes, text: SourceText(notes))])
        let next = NextQuestionPicker.best(in: analysis)
        #expect(next?.requirementId == "terraform")
    }

    @Test func aQuestionIsAppendedUnderAnExistingHeadingBeforeTheNextSection() {
        let notes = SourceText("# Notes\n\n## Questions to ask\n\n- [ ] First?\n\n## Impressions\nGood.\n")
        let question = QuestionGenerator.question(for: fixture.analysis.assessments[3])
        let change = QuestionInsertion.change(appending: question, to: notes)
        let result = notes.replacing(change.range, with: change.newText).text
        #expect(result == "# Notes\n\n## Questions to ask\n\n- [ ] First?\n- [ ] \(question.text)\n\n## Impressions\nGood.\n")
    }

    @Test func theHeadingIsAddedWhenTheNotesHaveNone() {
        let notes = SourceText("# Notes\nStrong start.\n")
        let question = QuestionGenerator.question(for: fixture.analysis.assessments[3])
        let change = QuestionInsertion.change(appending: question, to: notes)
        let result = notes.replacing(change.range, with: change.newText).text
        #expect(result == "# Notes\nStrong start.\n\n## Questions to ask\n\n- [ ] \(question.text)\n")
    }

    @Test func theIgnoreMarkerGoesAtTheEndOfTheRequirementLine() {
        let requirement = fixture.analysis.assessments[3].requirement
        let change = IgnoreMarker.change(ignoring: requirement, in: fixture.jd)
        let result = fixture.jd.replacing(change.range, with: change.newText)
        #expect(result.line(6) == "- Blameless postmortems <!-- interview: ignore -->")
    }
}
