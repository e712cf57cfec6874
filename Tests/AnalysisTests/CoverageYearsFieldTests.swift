import Testing
@testable import Analysis

/// A years requirement that names a field ("3+ years in an analytics or data science role") is
/// answered by the CV's roles in that field, whose titles name it in their own form ("Data
/// Analyst", "Data Scientist"), and by the candidate saying how long they have worked in it.
@Suite struct CoverageYearsFieldTests {
    static let cv = handCV("""
    Data Analyst, Rohlikovna (2021 – present)
    - Weekly KPI pack in SQL
    Junior BI Analyst, Moravia Bank (2019 – 2021)
    - Monthly branch reports
    Barista, Café Slavia (2015 – 2019)
    - Coffee and the till
    """, roles: [(0...1, 2021.0, nil), (2...3, 2019.0, 2021.0), (4...5, 2015.0, 2019.0)])

    static let requirement = "3+ years in an analytics or data science role"

    @Test func rolesInTheFieldClaimAYearsRequirementAndCountTheirYears() {
        let assessment = assess(Self.requirement, minYears: 3, cv: Self.cv)
        #expect(assessment.status == .claimed)
        #expect(assessment.yearsFound == 7)
        #expect(assessment.evidence.map(\.excerpt.text) == ["Data Analyst, Rohlikovna (2021 – present)", "Junior BI Analyst, Moravia Bank (2019 – 2021)"])
    }

    @Test func theCandidateSayingHowLongTheyWorkedInTheFieldVerifiesIt() {
        let transcript = handTranscript("""
        Sam: Can you start with your background?
        Ana: I've been an analyst for a little over six years, first in a bank and now in groceries.
        """)
        #expect(assess(Self.requirement, minYears: 3, transcript: transcript, cv: Self.cv).status == .verified)
    }

    @Test func anyAlternativeFieldIsAnsweredInTheCandidatesWords() {
        let transcript = handTranscript("""
        Sam: Tell me what you do at the moment.
        Ana: I'm a sales consultant in the Trinity store, two and a half years now.
        """)
        let assessment = assess("1+ year in a customer-facing role (sales, hospitality, retail or call centre)", minYears: 1,
                                transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 2.5)
    }

    @Test func rolesInAnotherFieldDoNotAnswerIt() {
        let cv = handCV("""
        Barista, Café Slavia (2015 – 2019)
        - Coffee and the till
        """, roles: [(0...1, 2015.0, 2019.0)])
        #expect(assess(Self.requirement, minYears: 3, cv: cv).status == .unmet)
    }

    @Test func theFieldDoesNotStandForTheSkillsItIsWorkedWith() {
        let cv = handCV("""
        Backend Engineer, Fakturio (2019 – present)
        - Django services
        """, roles: [(0...1, 2019.0, nil)])
        #expect(assess("3+ years as a backend engineer working with Kafka", minYears: 3, cv: cv).status == .unmet)
    }
}
