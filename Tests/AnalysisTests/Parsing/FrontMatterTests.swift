import Testing
@testable import Analysis

@Suite struct FrontMatterTests {
    @Test func readsKindAndNamesAndTheLinesItCovers() {
        let text = SourceText("---\nkind: Transcript\ninterviewer: \"Jane Doe\"\ncandidate: Sam Lee\n---\nJane: Hi\n")
        let frontMatter = FrontMatter.parse(text)
        #expect(frontMatter?.kind == .transcript)
        #expect(frontMatter?.interviewer == "Jane Doe")
        #expect(frontMatter?.candidate == "Sam Lee")
        #expect(frontMatter?.lines == 0...4)
        #expect(frontMatter?.contentStart == 5)
    }

    @Test func readsListsOfInterviewers() {
        let inline = FrontMatter.parse(SourceText("---\ninterviewers: [Jane, Bob]\n---\n"))
        let block = FrontMatter.parse(SourceText("---\ninterviewer:\n  - Jane\n  - Bob\n...\n"))
        #expect(inline?.interviewer == "Jane, Bob")
        #expect(block?.interviewer == "Jane, Bob")
    }

    @Test func aRuleThatNeverClosesOrDoesNotOpenTheFileIsNotFrontMatter() {
        #expect(FrontMatter.parse(SourceText("---\nkind: cv\n")) == nil)
        #expect(FrontMatter.parse(SourceText("# CV\n---\nkind: cv\n---\n")) == nil)
        #expect(FrontMatter.parse(SourceText("---\nkind: spreadsheet\n---\n"))?.kind == nil)
    }
}
