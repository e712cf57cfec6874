import Testing
@testable import Analysis

@Suite struct CoverageWordsTests {
    @Test func requirementsWithoutSkillsMatchByOrdinaryWords() {
        let transcript = handTranscript("""
        Sam: How do you share results?
        Ana: I communicated the findings to non-technical stakeholders in a weekly memo.
        """)
        let assessment = assess("Experience communicating findings to non-technical stakeholders", transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.evidence.first?.excerpt.text == "I communicated the findings to non-technical stakeholders in a weekly memo.")
    }

    @Test func stemmingJoinsWordForms() {
        #expect(ContentWords.stem("communicating") == ContentWords.stem("communication"))
        #expect(ContentWords.stem("communicate") == ContentWords.stem("communications"))
        #expect(ContentWords.stem("postmortems") == "postmortem")
        #expect(ContentWords.stem("experience") == nil)
    }

    @Test func aCommitmentInWeeksIsAnsweredByTheWordsAroundTheDuration() {
        let transcript = handTranscript("""
        Sam: How long could you be in the field?
        Ana: I can commit to the full six months.
        """)
        let requirement = "Able to commit to 10 weeks to 6 months in the field"
        #expect(assess(requirement, minYears: YearsParser.minYears(in: requirement), transcript: transcript).status == .verified)
    }

    @Test func blamelessPostmortemsFromTheCVAreClaimed() {
        let cv = handCV("- Ran blameless postmortems after every incident")
        #expect(assess("Run blameless postmortems", cv: cv).status == .claimed)
    }

    @Test func aParaphraseSharingHalfTheWordsCounts() {
        let transcript = handTranscript("Ana: I present the findings to the marketing stakeholders without jargon.")
        #expect(assess("Experience communicating findings to non-technical stakeholders", transcript: transcript).status == .verified)
    }

    @Test func oneSharedWordIsNotEnough() {
        let transcript = handTranscript("Ana: Our stakeholders loved the dashboards.")
        #expect(assess("Experience communicating findings to non-technical stakeholders", transcript: transcript).status == .unmet)
    }

    @Test func onCallRotationsMatchTheirWords() {
        let transcript = handTranscript("Ana: I was in the on-call rotation for two years.")
        #expect(assess("Comfortable with on-call rotations", transcript: transcript).status == .verified)
    }

    @Test func skillsNamedByOrdinaryWordsMatchTheirWordForms() {
        let transcript = handTranscript("Ana: I managed stakeholders across three departments and communicated weekly.")
        #expect(assess("Excellent communication skills", transcript: transcript).status == .verified)
        #expect(assess("Stakeholder management", transcript: transcript).status == .verified)
        #expect(assess("Stakeholder management", transcript: handTranscript("Ana: Our stakeholders were happy.")).status == .unmet)
    }

    @Test func everydaySkillsAlsoMatchTheRequirementsWordForms() {
        let cv = handCV("- Hired 6 engineers and promoted 2 to senior")
        #expect(assess("Experience hiring and growing engineers", cv: cv).status == .claimed)
    }

    @Test func engineerFormsShareAStem() {
        #expect(ContentWords.stem("engineers") == ContentWords.stem("engineering"))
        #expect(ContentWords.stem("manager") == ContentWords.stem("managing"))
        #expect(ContentWords.stem("hired") == ContentWords.stem("hiring"))
    }

    @Test func aLoneEverydayStemDoesNotStandForASkill() {
        let cv = handCV("Engineer, Acme (2019 – present)")
        #expect(assess("Presentation skills", cv: cv).status == .unmet)
    }

    @Test func aNegationInAnotherClauseLeavesOrdinaryWordsAlone() {
        let transcript = handTranscript("Ana: I haven't used Terraform, but I run blameless postmortems every sprint.")
        #expect(assess("Run blameless postmortems", transcript: transcript).status == .verified)
    }

    @Test func negatedOrdinaryWordsContradict() {
        let transcript = handTranscript("Ana: I've never been on an on-call rotation.")
        #expect(assess("Comfortable with on-call rotations", transcript: transcript).status == .contradicted)
    }
}

@Suite struct CoverageYearsTests {
    @Test func yearsComeFromRolesThatMentionTheSkill() {
        let cv = handCV("""
        Engineer, Acme (2016 – 2019)
        - Python data pipelines
        Engineer, Beta (2019 – present)
        - Go services
        """, roles: [(0...1, 2016, 2019), (2...3, 2019, nil)])
        let assessment = assess("5+ years of Python", minYears: 5, cv: cv, referenceDate: 2026)
        #expect(assessment.yearsFound == 3)
        #expect(assessment.status == .claimed)
    }

    @Test func overlappingRolesCountOnce() {
        let cv = handCV("""
        Engineer, Acme (2016 – 2020)
        - Python pipelines
        Consultant (2018 – 2021)
        - Python training
        """, roles: [(0...1, 2016, 2020), (2...3, 2018, 2021)])
        #expect(assess("Python", minYears: 3, cv: cv).yearsFound == 5)
    }

    @Test func presentRunsToTheReferenceDate() {
        let cv = handCV("""
        Nurse, City Hospital (2020 – present)
        - Triage and patient assessment
        """, roles: [(0...1, 2020, nil)])
        #expect(assess("Patient assessment and triage", minYears: 2, cv: cv, referenceDate: 2026.5).yearsFound == 6.5)
    }

    @Test func statedYearsInTheInterviewCount() {
        let transcript = handTranscript("Ana: I've been writing Python for six years.")
        #expect(assess("Python", minYears: 5, transcript: transcript).yearsFound == 6)
    }

    @Test func yearsAreOnlyReportedWhenAsked() {
        let transcript = handTranscript("Ana: I've been writing Python for six years.")
        #expect(assess("Python", transcript: transcript).yearsFound == nil)
    }

    @Test func aShortfallKeepsTheStatusFromEvidence() {
        let transcript = handTranscript("Ana: I've used Python for 2 years.")
        let assessment = assess("Python", minYears: 5, transcript: transcript)
        #expect(assessment.status == .verified)
        #expect(assessment.yearsFound == 2)
    }

    @Test func durationsReadDigitsWordsAndMonths() {
        func years(_ text: String) -> Double? {
            let tokens = Tokenizer.tokens(in: text[...])
            return YearsStatement.longest(in: tokens, range: tokens.indices)
        }
        #expect(years("5+ years of SQL") == 5)
        #expect(years("eighteen months") == 1.5)
        #expect(years("1.5 years") == 1.5)
        #expect(years("a couple of years") == 2)
        #expect(years("over a decade") == 10)
        #expect(years("this year") == nil)
    }
}
