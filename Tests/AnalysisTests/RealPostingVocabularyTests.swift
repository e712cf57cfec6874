import Testing
@testable import Analysis

/// Requirement lines written the way real postings write them (paraphrased, not copied from any data
/// set) name a skill of the bundled taxonomy, and look-alike lines do not.
@Suite struct RealPostingVocabularyTests {
    static let matcher = SkillMatcher(taxonomy: .bundled)

    private func skills(_ requirement: String) -> [String] {
        Self.matcher.requirementSkills(in: requirement)
    }

    static let recognised: [(line: String, skill: String)] = [
        ("Able to travel up to 40% of the time, sometimes abroad.", "willingness to travel"),
        ("Must be authorized to work in the country where the role is based.", "work authorization"),
        ("Currently enrolled in a Bachelor's or Master's programme.", "internship eligibility"),
        ("Able to commit to a 10 week program in the summer.", "internship eligibility"),
        ("Track record of growing a partner ecosystem of resellers.", "partner ecosystems"),
        ("Three years as a channel manager for software vendors.", "partner ecosystems"),
        ("Comfortable in customer-facing roles with technical buyers.", "customer interaction"),
        ("Background at professional services firms.", "professional services"),
        ("Solid grasp of user-centred design principles.", "user-centered design"),
        ("A portfolio of design work for web and mobile apps.", "design portfolio"),
        ("Knows which research methodologies suit each stage of a product.", "research methods"),
        ("Has run field studies in several countries.", "research methods"),
        ("Managed creative agencies on brand campaigns.", "agency management"),
        ("Hands-on video planning and buying for online campaigns.", "video advertising"),
        ("Two years of visual merchandising in retail.", "merchandising"),
        ("Knowledge of the media and entertainment industry.", "media and entertainment"),
        ("Delivered systems for healthcare and life sciences customers.", "healthcare industry"),
        ("Background in the construction sector.", "construction industry"),
        ("Ran data centre equipment such as chillers and switchgear.", "data center operations"),
        ("Rolled out AV systems across regional offices.", "audiovisual systems"),
        ("CTS certification preferred.", "audiovisual systems"),
        ("Drove business growth in a new region.", "business growth"),
        ("Curious about emerging technologies.", "passion for technology"),
        ("Prototyped apps in augmented reality.", "augmented reality"),
        ("Explains technical concepts to non-technical audiences.", "explaining technical concepts"),
        ("An established network of contacts in the advertising industry.", "professional network"),
        ("Wrote policy recommendations for ministers.", "public policy"),
        ("Fields media enquiries on product topics.", "public relations"),
        ("Can read legal agreements and work with attorneys.", "legal documents"),
        ("Administered email systems for 2,000 users.", "email administration"),
        ("Drafted statements of work for vendors.", "statements of work"),
        ("Organised corporate events for customers.", "event management"),
        ("Delivered technical training and certification to partners.", "technical training"),
        ("Keeps professionalism under pressure.", "professionalism"),
        ("Willing to take ownership of outcomes.", "accountability"),
        ("Shipped two mobile games.", "game development"),
        ("Thrives in fast-paced, dynamic settings.", "adaptability"),
        ("Works with minimal supervision.", "self-motivation"),
        ("Launched new products in three markets.", "go-to-market strategy"),
        ("Aligns the expectations of internal stakeholders.", "stakeholder management"),
        ("Uses statistical methods to monitor quality.", "statistics"),
        ("Excellent quantitative reasoning.", "quantitative analysis"),
        ("Ability to delegate and develop others.", "delegation"),
        ("Shows good judgment under pressure.", "decision making"),
        ("Able to multitask across accounts.", "time management"),
        ("Builds relationships across departments.", "relationship building"),
        ("Works towards strategic goals.", "strategic thinking"),
        ("Presents to C-level audiences.", "senior stakeholders"),
        ("Grew the social presence of a consumer brand.", "social media marketing"),
        ("Manages programs at global scale.", "program management"),
        ("Qualified solicitor or lawyer with in-house experience.", "legal practice"),
        ("Handled trademark clearance for new product names.", "trademark law"),
        ("Background in retail banking.", "banking"),
        ("Familiar with actuarial modelling.", "actuarial science"),
        ("Interest in quantitative finance.", "quantitative finance"),
        ("Knows payroll tax rules in several countries.", "employment tax"),
        ("Advised on privacy issues in new products.", "data privacy"),
    ]

    @Test(arguments: recognised)
    func aRealPostingLineNamesItsSkill(_ example: (line: String, skill: String)) {
        #expect(skills(example.line).contains(example.skill), "\(example.line) → \(skills(example.line))")
    }

    static let lookAlikes: [(line: String, notSkill: String)] = [
        ("We sow the seeds of a learning culture.", "statements of work"),
        ("Built the data model for our centre of excellence.", "data center operations"),
        ("Travelled to the Berlin office twice.", "willingness to travel"),
        ("Experience with customer relationship management tools.", "customer interaction"),
        ("Graduated from UCD in 2019.", "user-centered design"),
        ("Wrote a postfix expression evaluator.", "email administration"),
        ("Wrote the work breakdown for the release.", "work authorization"),
        ("Improved the build for the mobile web.", "game development"),
        ("Two years as an investment banking analyst.", "banking"),
        ("Runs a private practice as a physiotherapist.", "legal practice"),
        ("Worked with our lawyers on contract terms.", "legal practice"),
    ]

    @Test(arguments: lookAlikes)
    func aLookAlikeLineNamesNoSuchSkill(_ example: (line: String, notSkill: String)) {
        #expect(!skills(example.line).contains(example.notSkill), "\(example.line) → \(skills(example.line))")
    }

    /// Short forms listed as `caseSensitiveAliases` ("ML", "CEO", "SOWs") count in capitals only.
    static let capitalShortForms: [(line: String, skill: String)] = [
        ("Experience building ML pipelines.", "machine learning"),
        ("Reported to the CEO on pricing.", "senior stakeholders"),
        ("Wrote SOWs and tracked vendor deliverables.", "statements of work"),
    ]

    @Test(arguments: capitalShortForms)
    func aCapitalShortFormNamesItsSkill(_ example: (line: String, skill: String)) {
        #expect(skills(example.line).contains(example.skill), "\(example.line) → \(skills(example.line))")
    }

    @Test func aShortFormInLowercaseIsAnOrdinaryWord() {
        #expect(!skills("Add 5 ml of buffer to the sample.").contains("machine learning"))
        #expect(!skills("We sow the seeds of a learning culture.").contains("statements of work"))
    }
}
