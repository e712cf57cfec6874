import Testing
@testable import Analysis

/// Aliases match the forms people write them in, and only those.
@Suite struct WordFormMatchingTests {
    static let matcher = SkillMatcher(taxonomy: .bundled)

    private func skills(_ text: String) -> [String] {
        Self.matcher.skills(in: text)
    }

    @Test func aVerbAliasMatchesItsPastAndProgressiveForms() {
        #expect(skills("I negotiated the renewal with procurement.").contains("negotiation"))
        #expect(skills("She negotiates contracts every quarter.").contains("negotiation"))
        #expect(skills("I managed a team of 8 engineers.").contains("people management"))
        #expect(skills("Built the sales pipeline from zero.").contains("pipeline management"))
        #expect(skills("I built a sales pipeline for EMEA.").contains("pipeline management"))
        #expect(skills("Managing a team of five analysts.").contains("people management"))
        #expect(skills("She manages a team of five.").contains("people management"))
    }

    @Test func aHyphenatedPrefixMakesAnotherWord() {
        #expect(!skills("Ran semi-structured interviews with users.").contains("structured interviewing"))
        #expect(skills("Ran structured interviews with users.").contains("structured interviewing"))
    }

    @Test func commonLowercaseWritingOfAProductStillCounts() {
        #expect(skills("Advanced excel and sql.").contains("Excel"))
        #expect(skills("Built reports in excel.").contains("Excel"))
        #expect(skills("strong python skills").contains("Python"))
        #expect(skills("Tableau, excel and Looker dashboards").contains("Excel"))
    }

    @Test func anOrdinaryWordSpelledLikeAProductIsNotTheProduct() {
        #expect(!skills("Candidates who excel at building relationships.").contains("Excel"))
        #expect(!skills("There was rust on the old pipes.").contains("Rust"))
        #expect(!skills("Let's go.").contains("Go"))
        #expect(!skills("I'm going to react quickly.").contains("React"))
    }
}
