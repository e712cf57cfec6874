import Testing
@testable import Analysis

/// Skills are found in another grammatical number than their spelling, where that is safe.
@Suite struct InflectionMatchingTests {
    static let matcher = SkillMatcher(taxonomy: .bundled)

    private func skills(_ text: String) -> [String] {
        Self.matcher.skills(in: text)
    }

    @Test func aPluralPhraseMatchesItsSingular() {
        #expect(skills("Then the product demo only shows three things.") == ["sales presentations"])
        #expect(skills("On a discovery call I ask about month-end.") == ["discovery calls"])
    }

    @Test func aTwoLetterAcronymTakesAPluralS() {
        #expect(skills("I place most of my own peripheral IVs.") == ["IV therapy"])
    }

    @Test func aNamedProductKeepsItsFinalS() {
        #expect(skills("I ran Cypres once.").isEmpty)
        #expect(skills("I built it on Jenkin.").isEmpty)
    }

    @Test func anEverydayPluralMatchesItsSingular() {
        #expect(skills("Afterwards I wrote the postmortem, blameless.") == ["postmortems"])
        #expect(skills("I built the trading dashboard in Looker.").contains("dashboards"))
    }

    @Test func linkedPracticesAndToolsAreSeparateSkills() {
        #expect(skills("We evaluated Linkerd as our service mesh.") == ["Linkerd", "service mesh"])
        #expect(skills("Bluetooth Low Energy and BLE work") == ["Bluetooth Low Energy"])
    }

    @Test func aDoubledConsonantBeforeAnEndingIsUndone() {
        #expect(ContentWords.stem("running") == ContentWords.stem("run"))
        #expect(ContentWords.stem("planned") == ContentWords.stem("plan"))
        #expect(ContentWords.stem("staffing") == ContentWords.stem("staff"))
    }

    @Test func irregularPastFormsShareTheirVerbsStem() {
        #expect(ContentWords.stem("led") == ContentWords.stem("leading"))
        #expect(ContentWords.stem("wrote") == ContentWords.stem("writing"))
        #expect(ContentWords.stem("ran") == ContentWords.stem("running"))
    }

    @Test func ificationSharesItsVerbsStem() {
        #expect(ContentWords.stem("qualification") == ContentWords.stem("qualified"))
        #expect(ContentWords.stem("certifications") == ContentWords.stem("certified"))
        #expect(ContentWords.stem("studying") == ContentWords.stem("study"))
    }

    @Test func wordFormsEndingInYShareAStem() {
        #expect(ContentWords.stem("disciplinaries") == ContentWords.stem("disciplinary"))
        #expect(ContentWords.stem("studies") == ContentWords.stem("study"))
        #expect(ContentWords.stem("play") == "play")
    }
}
