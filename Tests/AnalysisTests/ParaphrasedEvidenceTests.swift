import Testing
@testable import Analysis

/// Evidence a recruiter reads as the requirement in other words: the taxonomy's aliases and members
/// carry the paraphrase, so "shop fit-outs" meets "commercial fit-outs" and Dijkstra with a binary
/// heap meets "data structures and algorithms", while unrelated words still earn nothing.
@Suite struct ParaphrasedEvidenceTests {
    static let analyzer = SessionAnalyzer(taxonomy: .bundled, options: AnalysisOptions(referenceDate: 2026.0))

    /// The status of `requirement` given a CV line and an interview of `Interviewer:` / `Candidate:` lines.
    static func status(_ requirement: String, cv: String = "Volunteer at the local library", interview: String) throws -> RequirementStatus {
        let session = Session(root: "s", documents: [
            SessionDocument(path: "cv.md", kind: .cv, text: SourceText("# Alex\n\n## Experience\n\n- \(cv)\n")),
            SessionDocument(path: "interview.md", kind: .transcript, text: SourceText(interview)),
            SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Role\n\n## Requirements\n\n- \(requirement)\n")),
        ])
        return try #require(analyzer.analyze(session).assessments.first).status
    }

    @Test(arguments: [
        ("Data structures and algorithms",
         "Interviewer: How would you find the earliest connection?\n\nCandidate: I'd run Dijkstra with a priority queue keyed on arrival time."),
        ("Experience on commercial fit-outs",
         "Interviewer: What jobs are you on?\n\nCandidate: Mostly office and shop fit-outs in the city centre."),
        ("An interest in railways or transport",
         "Interviewer: Why us?\n\nCandidate: I've volunteered at the tramway museum for three years."),
        ("Basic knowledge of home electrics or heating systems",
         "Interviewer: Tell me about a difficult call.\n\nCandidate: I walked him to the fuse box and we had the heat pump running again."),
        ("Client-facing experience with senior stakeholders",
         "Interviewer: Who did you present to?\n\nCandidate: The COO and the executive committee, after a client workshop in Lyon."),
        ("Structured, hypothesis-driven problem solving",
         "Interviewer: How do you start a case?\n\nCandidate: I always start with an issue tree and kill branches with data."),
    ])
    func theInterviewShowsTheRequirementInOtherWords(_ requirement: String, interview: String) throws {
        #expect(try Self.status(requirement, interview: interview) == .verified, "\(requirement)")
    }

    @Test func howOftenAnswersAQuestionWithAYes() throws {
        let status = try Self.status("Experience reading CAD drawings",
                                     interview: "Interviewer: Can you work from drawings?\n\nCandidate: Every day. We get the layouts as PDFs on the tablet.")
        #expect(status == .verified)
    }

    @Test(arguments: [
        ("Experience managing a team", "Interviewer: Tell me about the survey.\n\nCandidate: In Ziguinchor I supervised six enumerators on a farmer survey."),
        ("Experience of a system implementation", "Interviewer: What have you used?\n\nCandidate: I was a key user on the NetSuite rollout and wrote the test scripts."),
    ])
    func theCandidateTellsItInOtherWords(_ requirement: String, interview: String) throws {
        #expect(try Self.status(requirement, interview: interview) == .verified, "\(requirement)")
    }

    @Test(arguments: [
        ("A full and relevant Level 3 Early Years qualification", "NCFE CACHE Level 3 Diploma for the Early Years Workforce, 2022"),
        ("Hospitality, retail or multi-site experience", "Monthly management accounts for 42 convenience stores"),
        ("Previous fieldwork in West Africa", "Survey Intern, Ziguinchor, Senegal, 2022"),
    ])
    func theCVClaimsItInOtherWords(_ requirement: String, cv: String) throws {
        #expect(try Self.status(requirement, cv: cv, interview: "Interviewer: Thanks for coming.\n\nCandidate: Thanks for having me.") == .claimed,
                "\(requirement)")
    }

    @Test func anotherPersonsNoIsNotTheCandidates() throws {
        let status = try Self.status("Experience negotiating with customers",
                                     interview: "Interviewer: How do you deal with a customer who pushes back on price?\n\nCandidate: I find out what they need first. A café owner wanted a cheaper deal, so I dropped the data they never used and he signed for two years.")
        #expect(status == .verified)
    }

    @Test func notHavingTheQualificationByItsNumberIsANo() throws {
        let status = try Self.status("Inspection and testing (2391 or equivalent)",
                                     interview: "Interviewer: Any courses coming up?\n\nCandidate: I haven't done the 2391 yet, I'm booked on it in spring.")
        #expect(status == .contradicted)
    }

    @Test func aStatementBeforeAColonIsNotPartOfTheQuestionAfterIt() throws {
        let status = try Self.status("Structured, hypothesis-driven problem solving",
                                     interview: "Interviewer: How would you approach it?\n\nCandidate: I'd start with a hypothesis tree: is it volume, cost per drop, or mix?")
        #expect(status == .verified)
    }

    @Test func aCandidatesQuestionAfterAColonIsStillNoEvidence() throws {
        let status = try Self.status("Structured, hypothesis-driven problem solving",
                                     interview: "Interviewer: Any questions?\n\nCandidate: Just one: do your consultants use hypothesis trees?")
        #expect(status == .unmet)
    }

    @Test func havingOnlyFollowedATutorialIsANo() throws {
        let status = try Self.status("Terraform",
                                     interview: "Interviewer: Have you used Terraform?\n\nCandidate: Only in a tutorial. Everything at work is Ansible.")
        #expect(status == .contradicted)
    }

    @Test func aYesToAQuestionAboutTheSentenceBeforeAnswersIt() throws {
        let status = try Self.status("Willingness to travel up to 50% within the UK and Europe",
                                     interview: "Interviewer: The role involves a lot of travel. How do you feel about that?\n\nCandidate: That's fine. I was on site four days a week last year.")
        #expect(status == .verified)
    }

    @Test func aNoToAQuestionAboutTheSentenceBeforeDeniesIt() throws {
        let status = try Self.status("Willingness to travel up to 50% within the UK and Europe",
                                     interview: "Interviewer: The role involves a lot of travel. How do you feel about that?\n\nCandidate: Honestly, no. I have two young children.")
        #expect(status == .contradicted)
    }

    @Test func handlingRejectionIsResilience() throws {
        let status = try Self.status("Resilience: you can hear \"no\" twenty times and still make the next call",
                                     interview: "Interviewer: This job is a lot of rejection. How do you handle that?\n\nCandidate: Honestly, it doesn't bother me. I treat every no as practice and keep a tally of my calls.")
        #expect(status == .verified)
    }

    @Test func owningABudgetIsManagingIt() throws {
        let status = try Self.status("Managing monthly budgets of £50k or more",
                                     interview: "Interviewer: What accounts are you running?\n\nCandidate: The biggest spends eighty-five thousand pounds a month, and I own that budget: pacing and the monthly forecast.")
        #expect(status == .verified)
    }

    @Test func aBudgetOfOnesOwnIsNotManagingOne() throws {
        let status = try Self.status("Managing monthly budgets of £50k or more",
                                     interview: "Interviewer: Anything else?\n\nCandidate: I keep my own budget in a spreadsheet at home.")
        #expect(status == .unmet)
    }

    @Test(arguments: [
        ("An interest in railways or transport", "Interviewer: How do you onboard people?\n\nCandidate: She trains new starters every Monday on the till."),
        ("Client-facing experience with senior stakeholders", "Interviewer: Any clients?\n\nCandidate: I worked in the back office on payroll."),
        ("Data structures and algorithms", "Interviewer: Any puzzles?\n\nCandidate: I queue for coffee with a priority on speed."),
    ])
    func unrelatedWordsEarnNothing(_ requirement: String, interview: String) throws {
        #expect(try Self.status(requirement, interview: interview) == .unmet, "\(requirement)")
    }
}
