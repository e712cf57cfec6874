import Testing
@testable import Analysis

@Suite struct JobDescriptionParserTests {
    @Test func markdownJobDescriptionSplitsMustNiceAndResponsibilities() {
        let (jd, _) = parseJD("""
        # Senior Backend Engineer

        Acme builds payment rails for small businesses.

        ## What you'll do
        - Design and run our Kubernetes platform
        - Mentor two junior engineers

        ## Requirements
        - 5+ years of experience with Python
        - Production experience with PostgreSQL
          including query tuning and replication
        * Kubernetes in production

        ## Nice to have
        - Experience with Kafka
        1. Go or Rust

        ## Benefits
        - Private health insurance
        """)
        #expect(jd.title == "Senior Backend Engineer")
        #expect(jd.requirements.map(\.text) == [
            "5+ years of experience with Python", "Production experience with PostgreSQL", "Kubernetes in production",
            "Experience with Kafka", "Go or Rust",
        ])
        #expect(jd.requirements.map(\.priority) == [.must, .must, .must, .nice, .nice])
        #expect(jd.requirements[0].minYears == 5)
        #expect(jd.requirements.allSatisfy { $0.skills.isEmpty && $0.path == "jd.md" && !$0.ignored })
        #expect(jd.headings.map(\.text) == ["Senior Backend Engineer", "What you'll do", "Requirements", "Nice to have", "Benefits"])
        #expect(jd.headings.map(\.level) == [1, 2, 2, 2, 2])
    }

    @Test(arguments: [
        "Requirements", "Qualifications", "Basic Qualifications", "Minimum qualifications", "Required qualifications",
        "Must have", "Must haves", "Must-haves", "You have", "You'll have", "What you bring", "What we're looking for",
        "Who you are", "Skills and experience", "Skills & Experience", "Essential criteria", "Essential",
        "Required skills", "About you", "🎯 What You’ll Bring:", "REQUIREMENTS:", "Your profile", "Education",
        "Mandatory", "Your background", "Is this you?",
    ])
    func requirementHeadingsMakeMustItems(heading: String) {
        let (jd, _) = parseJD("## \(heading)\n- SQL\n\n## Responsibilities\n- Build dashboards\n")
        #expect(jd.requirements.map(\.text) == ["SQL"])
        #expect(jd.requirements.first?.priority == .must)
    }

    @Test(arguments: [
        "Nice to have", "Nice-to-haves", "Nice to haves", "Preferred", "Preferred qualifications", "Bonus",
        "Bonus points", "Extra credit", "Pluses", "Plus", "Desirable", "Good to have", "Desired skills",
        "It's a plus", "Would be great", "✨ Bonus points!", "Assets", "You might also have", "Extra points",
    ])
    func preferredHeadingsMakeNiceItems(heading: String) {
        let (jd, _) = parseJD("## \(heading)\n- Tableau\n")
        #expect(jd.requirements.map(\.text) == ["Tableau"])
        #expect(jd.requirements.first?.priority == .nice)
    }

    @Test(arguments: [
        "What you'll do", "You will", "Responsibilities", "Key responsibilities", "Duties", "About us", "Benefits",
        "The role", "Perks", "How to apply", "Salary and bonus", "You're going to:", "A day in the life",
        "What you'll be working on", "What's in it for you", "The challenge",
    ])
    func otherHeadingsEndTheRequirementSection(heading: String) {
        let (jd, _) = parseJD("## Requirements\n- SQL\n## \(heading)\n- Build dashboards for finance\n")
        #expect(jd.requirements.map(\.text) == ["SQL"])
    }

    @Test func headingStylesAreRecognised() {
        let (jd, _) = parseJD("""
        Data Analyst
        ============

        **Requirements**
        - Excel

        __Nice to have__
        - Looker

        What you will do
        ----------------
        - Weekly reporting

        REQUIREMENTS
        - SQL
        """)
        #expect(jd.title == "Data Analyst")
        #expect(jd.requirements.map(\.text) == ["Excel", "Looker", "SQL"])
        #expect(jd.requirements.map(\.priority) == [.must, .nice, .must])
        #expect(jd.headings.map(\.level) == [1, 2, 2, 2, 2])
    }

    @Test func plainTextJobDescriptionWithColonHeadingsAndSymbolBullets() {
        let (jd, _) = parseJD("""
        Registered Nurse – Cardiac Unit
        St. Mary's Hospital, full time

        In this role you will:
        • Monitor post-operative patients
        • Administer medication

        Must have:
        • Active RN licence
        • 2years acute care experience
        * BLS and ACLS certification

        Preferred:
        1) Telemetry experience
        2) Spanish speaker
        """)
        #expect(jd.title == "Registered Nurse – Cardiac Unit")
        #expect(jd.requirements.map(\.text) == [
            "Active RN licence", "2years acute care experience", "BLS and ACLS certification",
            "Telemetry experience", "Spanish speaker",
        ])
        #expect(jd.requirements.map(\.priority) == [.must, .must, .must, .nice, .nice])
        #expect(jd.requirements[1].minYears == 2)
        #expect(jd.headings.first?.level == 1)
    }

    @Test func plainParagraphLinesAreItemsWhenTheSectionHasNoBullets() {
        let (jd, _) = parseJD("""
        Account Executive

        Requirements:
        3-5 years of B2B SaaS sales
        A track record of hitting quota
        Salesforce

        Responsibilities:
        Run discovery calls
        """)
        #expect(jd.requirements.map(\.text) == ["3-5 years of B2B SaaS sales", "A track record of hitting quota", "Salesforce"])
        #expect(jd.requirements[0].minYears == 3)
    }

    @Test func proseUnderABulletedRequirementHeadingIsNotARequirement() {
        let (jd, _) = parseJD("## Requirements\nWe care more about potential than pedigree.\n- Figma\n")
        #expect(jd.requirements.map(\.text) == ["Figma"])
    }

    @Test func inlineRequirementLabelCarriesItsItem() {
        let (jd, _) = parseJD("Controller\n\nMust have: CPA, IFRS\nNice to have: NetSuite\nLocation: Leeds\nBonus: 10% of base salary\n")
        #expect(jd.requirements.map(\.text) == ["CPA, IFRS", "NetSuite"])
        #expect(jd.requirements.map(\.priority) == [.must, .nice])
    }

    @Test func aColonInsideASentenceOrBracketsIsNotARequirementLabel() {
        let (jd, _) = parseJD("""
        Product Analyst

        Requirements:
        Advanced SQL
        Project management skills: timelines, stakeholder updates and prioritising requests
        Fluent English and Czech

        Nice to have:
        Experience with survey design (ie: Qualtrics)
        Slovak or Polish
        """)
        #expect(jd.requirements.map(\.text) == [
            "Advanced SQL", "Project management skills: timelines, stakeholder updates and prioritising requests",
            "Fluent English and Czech", "Experience with survey design (ie: Qualtrics)", "Slovak or Polish",
        ])
        #expect(jd.requirements.map(\.priority) == [.must, .must, .must, .nice, .nice])
    }

    @Test func whatWeNeedFromYouListsRequirementsBesideANiceToHaveList() {
        let (jd, _) = parseJD("""
        # Sales Development Representative
        ## Day to day
        - 60 calls a day
        ## What we need from you
        - Strong interpersonal skills
        ## What we need you to do first
        - Learn the product
        ## Extra credit
        - Spanish
        """)
        #expect(jd.requirements.map(\.text) == ["Strong interpersonal skills", "Spanish"])
        #expect(jd.requirements.map(\.priority) == [.must, .nice])
    }

    @Test func aLabelOfHeadingWordsStillCarriesItsItem() {
        let (jd, _) = parseJD("Analyst\n\nTechnical skills: SQL, Python\nPreferred qualifications: dbt\n")
        #expect(jd.requirements.map(\.text) == ["SQL, Python", "dbt"])
        #expect(jd.requirements.map(\.priority) == [.must, .nice])
    }

    @Test func subHeadingsInsideRequirementsKeepThePriority() {
        let (jd, _) = parseJD("""
        ## Requirements
        ### Technical
        - Terraform
        Soft skills:
        - Clear writing
        ## What you'll do
        - On-call
        """)
        #expect(jd.requirements.map(\.text) == ["Terraform", "Clear writing"])
    }

    @Test func nestedBulletsAreTheirOwnRequirementsButTheirLabelAndWrappedLinesAreNot() {
        let (jd, _) = parseJD("""
        ## Qualifications
        - Cloud experience:
          - AWS
          - GCP
        - Strong communication skills, able to explain
          trade-offs to non-technical stakeholders
        (a) Fluent English
        """)
        #expect(jd.requirements.map(\.text) == ["AWS", "GCP", "Strong communication skills, able to explain", "Fluent English"])
    }

    @Test func ignoreMarkerSetsIgnoredAndIsLeftOutOfTheText() {
        let (jd, _) = parseJD("## Requirements\n- Kubernetes in production <!-- interview: ignore -->   \n- Helm\n")
        #expect(jd.requirements.map(\.text) == ["Kubernetes in production", "Helm"])
        #expect(jd.requirements.map(\.ignored) == [true, false])
    }

    @Test func idsAreStableSlugsAndUniqueWithinTheJobDescription() {
        let (jd, _) = parseJD("""
        ## Requirements
        - 5+ years of experience with Kubernetes in production
        - C++
        - C#
        - C
        - SQL
        - SQL
        - !!!
        - Café and crème brûlée management for the entire engineering organisation at scale
        """)
        #expect(jd.requirements.map(\.id) == [
            "5-years-experience-kubernetes-production", "cpp", "csharp", "c", "sql", "sql-2", "requirement-7",
            "cafe-creme-brulee-management-entire-engineering",
        ])
        #expect(jd.requirements.allSatisfy { $0.id.count <= 48 })
    }

    @Test func rangesCountUTF16WithNonASCIIText() {
        let (jd, _) = parseJD("# Résumé reviewer 🚀\n## Requirements\n- 🚀 Ship fast with Ruby\n- Naïve Bayes: 3 yrs\n")
        #expect(jd.requirements.map(\.text) == ["🚀 Ship fast with Ruby", "Naïve Bayes: 3 yrs"])
        #expect(jd.requirements[0].range.start == SourcePosition(line: 2, character: 2))
        #expect(jd.requirements[0].range.end == SourcePosition(line: 2, character: 24))
        #expect(jd.titleRange?.end.character == 20)
    }

    @Test func frontMatterIsSkipped() {
        let (jd, _) = parseJD("---\nkind: jd\ntitle: Requirements\n---\n# Product Designer\n## Requirements\n- Figma\n")
        #expect(jd.title == "Product Designer")
        #expect(jd.requirements.map(\.text) == ["Figma"])
        #expect(jd.requirements[0].range.start.line == 6)
    }

    @Test func crlfLineEndingsKeepRangesExact() {
        let (jd, _) = parseJD("# Analyst\r\n## Requirements\r\n- Excel\r\n- SQL\r\n")
        #expect(jd.requirements.map(\.text) == ["Excel", "SQL"])
    }

    @Test func bareHeadingLinesInAPastedJobPosting() {
        let (jd, _) = parseJD("""
        Financial Analyst

        About the job
        We are a fast-growing fintech.

        Key Responsibilities
        • Build the monthly forecast
        • Partner with sales on pricing

        Qualifications
        • Bachelor's degree in Finance
        • 3+ years in FP&A

        Preferred Qualifications
        • CFA Level II
        """)
        #expect(jd.requirements.map(\.text) == ["Bachelor's degree in Finance", "3+ years in FP&A", "CFA Level II"])
        #expect(jd.requirements.map(\.priority) == [.must, .must, .nice])
        #expect(jd.requirements[1].minYears == 3)
    }

    @Test func aPlainItemThatMentionsExperienceStaysAnItem() {
        let (jd, _) = parseJD("Requirements:\nPython\n\nExperience with SQL\n")
        #expect(jd.requirements.map(\.text) == ["Python", "Experience with SQL"])
    }

    @Test func aJobDescriptionWithoutRequirementHeadingsStillAsksForItsBullets() {
        let (jd, _) = parseJD("""
        # Warehouse Supervisor
        Acme Logistics is hiring in Leeds.
        - Forklift licence
        - 2+ years supervising shift teams
        ## Benefits
        - Pension
        """)
        #expect(jd.requirements.map(\.text) == ["Forklift licence", "2+ years supervising shift teams"])
        #expect(jd.requirements.allSatisfy { $0.priority == .must })
        #expect(jd.headings.map(\.text) == ["Warehouse Supervisor", "Benefits"])
    }

    @Test func leadInSentencesEndingWithAColonStartSections() {
        let (jd, _) = parseJD("""
        ## The job
        You'll be responsible for:
        - Payroll runs
        We'd love to hear from you if you have:
        - CIPP certification
        It would be great if you also have:
        - Workday experience
        """)
        #expect(jd.requirements.map(\.text) == ["CIPP certification", "Workday experience"])
        #expect(jd.requirements.map(\.priority) == [.must, .nice])
    }

    @Test func everyBulletMarkerMakesAnItem() {
        let (jd, _) = parseJD("""
        Requirements:
        - Dash
        * Star
        + Plus sign
        • Bullet
        · Middle dot
        – En dash
        1. Numbered
        2) Parenthesised
        (b) Lettered
        - [ ] Task box
        """)
        #expect(jd.requirements.map(\.text) == [
            "Dash", "Star", "Plus sign", "Bullet", "Middle dot", "En dash", "Numbered", "Parenthesised", "Lettered", "Task box",
        ])
    }

    @Test func anIgnoreMarkerBeforeTheTextIsLeftOutToo() {
        let (jd, _) = parseJD("## Requirements\n- <!-- interview: ignore --> Security clearance\n")
        #expect(jd.requirements.first?.text == "Security clearance")
        #expect(jd.requirements.first?.ignored == true)
    }

    @Test func aTitleFieldNamesThePlainTextJob() {
        let (jd, _) = parseJD("Job Title: Marketing Manager\nLocation: Remote\n\nRequirements\n- HubSpot\n")
        #expect(jd.title == "Marketing Manager")
        #expect(jd.requirements.map(\.text) == ["HubSpot"])
    }

    @Test func aRequiredItemThatCallsItselfOptionalIsNice() {
        let (jd, _) = parseJD("""
        ## Requirements
        - 3+ years of Python
        - Kafka (nice to have)
        - Experience with Go is a plus
        - Terraform preferred
        - Bonus: Rust
        """)
        #expect(jd.requirements.map(\.priority) == [.must, .nice, .nice, .nice, .nice])
    }
}
