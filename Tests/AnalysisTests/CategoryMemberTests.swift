import Testing
@testable import Analysis

/// A requirement that names a category is met by its members, and the evidence names the member.
@Suite struct CategoryMemberTests {
    static let analyzer = SessionAnalyzer(taxonomy: .bundled, options: AnalysisOptions(referenceDate: 2026.0))

    private func assessment(_ requirement: String, cv: String) throws -> Assessment {
        let session = Session(root: "s", documents: [
            SessionDocument(path: "cv.md", kind: .cv, text: SourceText("# Alex\n\n## Experience\n\n- \(cv)\n")),
            SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Role\n\n## Requirements\n\n- \(requirement)\n")),
        ])
        return try #require(Self.analyzer.analyze(session).assessments.first)
    }

    @Test(arguments: [
        ("CI/CD", "Configured Jenkins for every repository", "Jenkins"),
        ("CI/CD", "Moved our builds to GitHub Actions", "GitHub Actions"),
        ("Experience with cloud platforms", "Ran production workloads on AWS", "AWS"),
        ("Experience with cloud platforms", "Migrated analytics to GCP", "GCP"),
        ("Cloud computing", "Operated Azure subscriptions for 40 teams", "Azure"),
        ("Networking fundamentals", "Debugged DNS and BGP incidents", "DNS"),
        ("Networking fundamentals", "Tuned load balancers for the edge", "load balancing"),
        ("Fintech or payments experience", "Owned the payouts service and the ledger", "payouts"),
        ("Fintech or payments experience", "Built card processing for a neobank", "card processing"),
    ])
    func aMemberMeetsItsCategoryAndTheEvidenceNamesIt(_ requirement: String, cv: String, member: String) throws {
        let result = try assessment(requirement, cv: cv)
        #expect(result.status == .claimed, "\(requirement) ← \(cv)")
        #expect(result.evidence.contains { $0.member == member }, "\(result.evidence.map { $0.member ?? "-" })")
    }

    @Test func theSkillItselfNeedsNoMember() throws {
        let result = try assessment("CI/CD", cv: "Owned CI/CD for the platform")
        #expect(result.status == .claimed)
        #expect(result.evidence.allSatisfy { $0.member == nil })
    }

    @Test func sellingSubscriptionSoftwareToBusinessesIsB2BSaaSSales() throws {
        let result = try assessment("B2B SaaS sales", cv: "Sold subscription software to mid-market businesses")
        #expect(result.status == .claimed)
    }

    @Test func aCategoryDoesNotMeetOneOfItsMembers() throws {
        let result = try assessment("Jenkins", cv: "Owned CI/CD for the platform")
        #expect(result.status == .unmet)
    }

    @Test func membersAreReadFromTheTaxonomyData() throws {
        let jenkins = try #require(SkillTaxonomy.bundled.skill(named: "Jenkins"))
        #expect(jenkins.broader.contains("CI/CD"))
        let matcher = SkillMatcher(taxonomy: .bundled)
        #expect(matcher.members(of: "cloud computing").contains("AWS"))
        #expect(matcher.members(of: "CI/CD").contains("GitHub Actions"))
    }

    @Test func aUserSkillCanJoinACategory() throws {
        let taxonomy = SkillTaxonomy.bundled.merging([SkillDefinition(name: "Buildkite", category: "custom", broader: ["CI/CD"])])
        #expect(SkillMatcher(taxonomy: taxonomy).members(of: "CI/CD").contains("Buildkite"))
    }
}

/// The JSON report names the member that met a broader skill.
@Suite struct CategoryMemberReportTests {
    @Test func theJSONEvidenceNamesTheMember() throws {
        var analysis = ReportSample.analysis
        analysis.assessments[1].evidence = [Evidence(excerpt: SourceQuote(path: "cv.md", kind: .cv, range: ReportSample.range(14, 2, 30),
                                                                          text: "Configured Jenkins pipelines"), member: "Jenkins")]
        let report = ReportRenderer.json(analysis)
        let evidence = try #require(report["requirements"]?.arrayValue?[1]["evidence"]?.arrayValue?.first)
        #expect(evidence["member"] == "Jenkins")
        let plain = try #require(report["requirements"]?.arrayValue?[0]["evidence"]?.arrayValue?.first)
        #expect(plain["member"] == nil)
    }
}
