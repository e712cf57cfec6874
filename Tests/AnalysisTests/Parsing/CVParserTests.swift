import Testing
@testable import Analysis

@Suite struct CVParserTests {
    @Test func markdownCVHasSectionsRolesAndEntries() {
        let cv = parseCV("""
        # Priya Sharma
        Site reliability engineer, Berlin

        ## Experience

        ### Senior SRE, Acme Corp (2019 – present)
        - Ran Kubernetes (EKS) for 40 services
        - Cut paging volume by 60%

        ### SRE, Globex — Mar 2016 - Jun 2019
        - Terraform and Ansible

        ## Skills
        Skills: Python, Go, PostgreSQL

        ## Education
        BSc Computer Science, TU Munich (2012 – 2016)
        """)
        #expect(cv.sections.map(\.title) == ["Priya Sharma", "Experience", "Skills", "Education"])
        #expect(cv.roles.map(\.title) == ["Senior SRE, Acme Corp (2019 – present)", "SRE, Globex — Mar 2016 - Jun 2019"])
        #expect(cv.roles[0].start == 2019 && cv.roles[0].end == nil)
        #expect(cv.roles[1].start == 2016 + 2.0 / 12 && cv.roles[1].end == 2019 + 5.0 / 12)
        #expect(cv.roles[0].lines == 5...8)
        #expect(cv.roles[1].lines == 9...11)
        #expect(cv.sections[1].lines == 3...11)

        let kubernetes = cv.entries.first { $0.text.contains("Kubernetes") }
        #expect(kubernetes?.text == "Ran Kubernetes (EKS) for 40 services")
        #expect(kubernetes?.section == "experience")
        #expect(kubernetes?.roleIndex == 0)
        #expect(cv.entries.contains { $0.text == "Senior SRE, Acme Corp (2019 – present)" && $0.roleIndex == 0 })
        let skills = cv.entries.first { $0.text.hasPrefix("Skills:") }
        #expect(skills?.section == "skills" && skills?.roleIndex == nil)
        let degree = cv.entries.first { $0.text.hasPrefix("BSc") }
        #expect(degree?.section == "education" && degree?.roleIndex == nil)
        #expect(cv.entries.first?.text == "Site reliability engineer, Berlin")
    }

    static let dateRanges: [(line: String, start: Double, end: Double?)] = [
        ("Nurse, City Hospital 2019 – present", 2019, nil),
        ("Nurse, City Hospital 2019-present", 2019, nil),
        ("Analyst | Mar 2021 - present", 2021 + 2.0 / 12, nil),
        ("Analyst | March 2021 – Jun 2023", 2021 + 2.0 / 12, 2023 + 5.0 / 12),
        ("Designer 2016–2019", 2016, 2019),
        ("Accountant 01/2018 - 12/2020", 2018, 2020 + 11.0 / 12),
        ("Accountant, 2018 to 2020", 2018, 2020),
        ("Freelance consultant since 2020", 2020, nil),
        ("Sales lead (2015 – 2017)", 2015, 2017),
        ("Teacher, Sept. 2010 – Current", 2010 + 8.0 / 12, nil),
        ("Engineer Jan 2022 - Now", 2022, nil),
        ("Manager 2020 — today", 2020, nil),
        ("Consultant 2015–17", 2015, 2017),
    ]

    @Test(arguments: dateRanges)
    func dateRangeFormsMakeRoles(form: (line: String, start: Double, end: Double?)) {
        let (line, start, end) = form
        let cv = parseCV("## Experience\n**\(line)**\n- Did the work\n")
        #expect(cv.roles.count == 1)
        #expect(cv.roles.first?.start == start)
        #expect(cv.roles.first?.end == end)
        #expect(cv.roles.first?.title == line)
    }

    @Test func linesWithoutADateRangeAreNotRoles() {
        let cv = parseCV("EXPERIENCE\n- Grew ARR by 40% in 2021\n- Managed 12 reps\n")
        #expect(cv.roles.isEmpty)
        #expect(cv.sections.map(\.title) == ["EXPERIENCE"])
        #expect(cv.entries.map(\.section) == ["experience", "experience"])
    }

    @Test func plainTextCVWithCapsAndColonSections() {
        let cv = parseCV("""
        SAMANTHA LEE
        sam@example.com

        WORK HISTORY
        Staff Accountant, Initech, 2017 - 2021
        Month-end close in NetSuite
        Certifications:
        CPA (2016)
        """)
        #expect(cv.sections.map(\.title) == ["SAMANTHA LEE", "WORK HISTORY", "Certifications"])
        #expect(cv.roles.map(\.title) == ["Staff Accountant, Initech, 2017 - 2021"])
        #expect(cv.roles[0].lines == 4...5)
        #expect(cv.entries.map(\.text) == ["sam@example.com", "Staff Accountant, Initech, 2017 - 2021", "Month-end close in NetSuite", "CPA (2016)"])
        #expect(cv.entries.map(\.roleIndex) == [nil, 0, 0, nil])
    }

    @Test func frontMatterIsSkippedAndNonASCIIRangesHold() {
        let cv = parseCV("---\nkind: cv\n---\n# Résumé — José Núñez 🎨\n## Expérience\n- Diseñé 🎨 interfaces en Figma, 2019–2022\n")
        #expect(cv.sections.map(\.title) == ["Résumé — José Núñez 🎨", "Expérience"])
        #expect(cv.roles.count == 1)
        #expect(cv.entries.map(\.text) == ["Diseñé 🎨 interfaces en Figma, 2019–2022"])
    }

    @Test func bareSectionNamesAndEuropeanDatesInAPlainTextCV() {
        let cv = parseCV("""
        Anna Kowalska
        Work Experience
        Project Manager, Skanska 03.2019 – 05.2022
        Led a 14-person team
        Skills
        MS Project, Jira
        """)
        #expect(cv.sections.map(\.title) == ["Work Experience", "Skills"])
        #expect(cv.roles.first?.start == 2019 + 2.0 / 12)
        #expect(cv.roles.first?.end == 2022 + 4.0 / 12)
        #expect(cv.entries.last?.section == "skills")
    }

    @Test func datedAchievementsAndSummarySentencesAreNotRoles() {
        let cv = parseCV("""
        ## Summary
        Since 2015 I have worked as a nurse in busy emergency departments across the north of England and Scotland.
        ## Experience
        **Charge Nurse, Leeds General (2019 – present)**
        - Led the sepsis audit (2020-2021)
        - Trained 30 nurses
        """)
        #expect(cv.roles.map(\.title) == ["Charge Nurse, Leeds General (2019 – present)"])
        #expect(cv.entries.first { $0.text.hasPrefix("Led") }?.roleIndex == 0)
        #expect(cv.roles[0].lines == 3...5)
    }

    @Test func bulletedRolesFollowEachOther() {
        let cv = parseCV("Experience\n- Barista, Café Nero, 2016 – 2018\n- Shift lead, Pret, 2018 – 2020\n")
        #expect(cv.roles.map(\.start) == [2016, 2018])
        #expect(cv.roles.map(\.end) == [2018, 2020])
    }

    @Test func aRoleHeadingWithItsDatesOnTheNextLine() {
        let cv = parseCV("""
        # Lee Ortega
        ## Work history
        ### Senior Growth Marketer, Pawpal
        *Jan 2020 – present · Remote*
        - Ran paid social on Meta and TikTok
        ### Marketing Associate, Brightline
        Jun 2017 – Dec 2019
        - Email campaigns in Klaviyo
        """)
        #expect(cv.sections.map(\.title) == ["Lee Ortega", "Work history"])
        #expect(cv.roles.map(\.title) == ["Senior Growth Marketer, Pawpal", "Marketing Associate, Brightline"])
        #expect(cv.roles.map(\.start) == [2020, 2017 + 5.0 / 12])
        #expect(cv.roles.map(\.lines) == [2...4, 5...7])
        let meta = cv.entries.first { $0.text.hasPrefix("Ran paid") }
        #expect(meta?.section == "work history" && meta?.roleIndex == 0)
        #expect(cv.entries.first { $0.text.hasPrefix("Jun 2017") }?.roleIndex == 1)
    }
}
