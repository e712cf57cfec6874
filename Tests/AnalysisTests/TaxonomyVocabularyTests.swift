import Testing
@testable import Analysis

/// Requirement lines as real postings write them are recognised by the bundled taxonomy.
@Suite struct TaxonomyVocabularyTests {
    static let matcher = SkillMatcher(taxonomy: .bundled)

    private func skills(_ requirement: String) -> [String] {
        Self.matcher.requirementSkills(in: requirement)
    }

    @Test(arguments: ["Swedish", "Norwegian", "Finnish", "Russian", "Danish", "Chinese", "Czech", "Slovak",
                      "Romanian", "Turkish", "Hebrew", "Vietnamese", "Ukrainian", "Hungarian", "Greek"])
    func everyCommonSpokenLanguageIsRecognised(_ language: String) {
        #expect(skills("Ability to speak and write in English and \(language) fluently and idiomatically.").contains(language))
        #expect(skills("Fluency in \(language).").contains(language))
    }

    @Test func aNationalityIsNotALanguage() {
        #expect(!skills("Experience in the Chinese market").contains("Chinese"))
        #expect(!skills("Sold to Russian retailers").contains("Russian"))
    }

    @Test func softSkillsAsRecruitersWriteThem() {
        #expect(skills("Strong written and verbal communication skills.").contains("communication"))
        #expect(skills("Excellent interpersonal skills.") == ["interpersonal skills"])
        #expect(skills("Experience managing teams.").contains("people management"))
        #expect(skills("Ability to negotiate with suppliers.").contains("negotiation"))
        #expect(skills("Attention to detail, organized and thorough.").contains("attention to detail"))
        #expect(skills("Effective problem-solving and analytical skills.").contains("problem solving"))
        #expect(skills("Ability to work independently and as part of a team.").contains("teamwork"))
    }

    @Test func domainsThatWereMissingAreRecognised() {
        #expect(skills("Knowledge of cloud computing.").contains("cloud computing"))
        #expect(skills("BA/BS degree in Computer Science or equivalent practical experience.").contains("computer science"))
        #expect(skills("Experience in management consulting.").contains("management consulting"))
        #expect(skills("4 years of experience in public accounting.").contains("accounting"))
        #expect(skills("Broad understanding of online advertising.").contains("digital advertising"))
        #expect(skills("Experience with SAP or Workday.") == ["SAP", "Workday"])
        #expect(skills("Experience with Oracle ERP and Hyperion.").contains("Oracle ERP"))
        #expect(skills("Research in human-computer interaction.").contains("human-computer interaction"))
        #expect(skills("Experience in electrical engineering.").contains("electrical engineering"))
    }

    @Test func aDegreeIsRecognisedAsACredential() {
        #expect(skills("BA/BS degree or equivalent practical experience.").contains("bachelor's degree"))
        #expect(skills("MBA or relevant Master's degree.").contains("MBA"))
        #expect(skills("MBA or relevant Master's degree.").contains("master's degree"))
    }
}
