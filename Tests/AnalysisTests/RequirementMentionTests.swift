import Analysis
import Testing

/// What a judged quote must name: the requirement's skill in any spelling of the session's taxonomy, or one of its words.
@Suite struct RequirementMentionTests {
    func analysis(jd: String, taxonomy: SkillTaxonomy = .bundled) -> SessionAnalysis {
        let session = Session(root: "/tmp/mentions", documents: [SessionDocument(path: "jd.md", kind: .jd, text: SourceText(jd))])
        return SessionAnalyzer(taxonomy: taxonomy).analyze(session)
    }

    @Test func aQuoteAboutAnotherSkillDoesNotMentionTheRequirement() throws {
        let result = analysis(jd: "## Requirements\n\n- CI/CD pipelines with GitHub Actions or GitLab CI\n")
        let requirement = try #require(result.assessments.first).requirement
        #expect(!result.mentions(requirement, in: "Automated server provisioning with Ansible"))
        #expect(result.mentions(requirement, in: "Set up GH Actions for every repository"))
        #expect(result.mentions(requirement, in: "I own the deploy pipelines"))
    }

    @Test func aMemberOfTheRequirementsCategoryMentionsIt() throws {
        let result = analysis(jd: "## Requirements\n\n- Hands-on CI/CD experience\n")
        let requirement = try #require(result.assessments.first).requirement
        #expect(result.mentions(requirement, in: "Wrote the Jenkins jobs for every service"))
        #expect(!result.mentions(requirement, in: "Wrote the Terraform modules for every service"))
    }

    @Test func anAmbiguousSkillNameNeedsNoContextInAQuote() throws {
        let result = analysis(jd: "## Requirements\n\n- Go\n")
        let requirement = try #require(result.assessments.first).requirement
        #expect(result.mentions(requirement, in: "I write Go daily"))
        #expect(!result.mentions(requirement, in: "I am going to learn it"))
    }

    @Test func theSessionsOwnSkillsCount() throws {
        let taxonomy = SkillTaxonomy.bundled.merging([SkillDefinition(name: "Buildkite", aliases: ["bk pipelines"], category: "custom")])
        let jd = "## Requirements\n\n- Experience with Buildkite\n"
        let requirement = try #require(analysis(jd: jd, taxonomy: taxonomy).assessments.first).requirement
        #expect(analysis(jd: jd, taxonomy: taxonomy).mentions(requirement, in: "I maintained our bk pipelines"))
        #expect(!analysis(jd: jd).mentions(requirement, in: "I maintained our bk pipelines"))
    }
}
