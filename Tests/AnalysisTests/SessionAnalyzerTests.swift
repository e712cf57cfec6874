import Testing
@testable import Analysis

@Suite struct SessionAnalyzerTests {
    static let jd = """
    # Senior Platform Engineer

    ## What you'll do
    - Run our Kubernetes clusters

    ## Requirements
    - 5+ years of Python
    - Experience with Kubernetes in production
    - Terraform
    - Experience communicating findings to non-technical stakeholders
    - PostgreSQL <!-- interview: ignore -->

    ## Nice to have
    - Experience with Go
    """

    static let cv = """
    # Priya Patel

    ## Experience

    ### Senior Engineer, Acme (2018 – present)
    - Built Python services and JavaScript dashboards
    - Managed Terraform modules for 30 services

    ### Engineer, Beta (2015 – 2018)
    - Python data pipelines
    """

    static let transcript = """
    Interviewer: Tell me about your Kubernetes work?
    Priya: I ran our Kubernetes clusters on EKS for four years, mostly upgrades and autoscaling.
    Interviewer: Have you used Terraform?
    Priya: No, not really.
    Interviewer: We use Go heavily here. Have you written Go?
    Priya: Honestly I haven't written any.
    """

    static func session(transcript: String = transcript) -> Session {
        Session(root: "session", documents: [
            SessionDocument(path: "cv.md", kind: .cv, text: SourceText(cv)),
            SessionDocument(path: "jd.md", kind: .jd, text: SourceText(jd)),
            SessionDocument(path: "transcript.md", kind: .transcript, text: SourceText(transcript)),
        ])
    }

    let analyzer = SessionAnalyzer(taxonomy: trapTaxonomy, options: AnalysisOptions(referenceDate: 2026.0))

    private func statuses(_ analysis: SessionAnalysis) -> [String: RequirementStatus] {
        Dictionary(uniqueKeysWithValues: analysis.assessments.map { ($0.requirement.text, $0.status) })
    }

    @Test func aSessionGetsOneStatusPerRequirement() {
        let analysis = analyzer.analyze(Self.session())
        #expect(statuses(analysis) == [
            "5+ years of Python": .claimed,
            "Experience with Kubernetes in production": .verified,
            "Terraform": .contradicted,
            "Experience communicating findings to non-technical stakeholders": .unmet,
            "Experience with Go": .contradicted,
        ])
    }

    @Test func requirementsCarryTheirCanonicalSkills() {
        let analysis = analyzer.analyze(Self.session())
        #expect(analysis.assessments.map(\.requirement.skills) == [["Python"], ["Kubernetes"], ["Terraform"], [], ["Go"]])
        #expect(analysis.jobDescriptions["jd.md"]?.requirements.first?.skills == ["Python"])
    }

    @Test func ignoredRequirementsAreLeftOut() {
        let analysis = analyzer.analyze(Self.session())
        #expect(!analysis.assessments.contains { $0.requirement.text.contains("PostgreSQL") })
    }

    @Test func yearsComeFromTheCVRolesThatMentionTheSkill() {
        let python = analyzer.analyze(Self.session()).assessments.first { $0.requirement.text == "5+ years of Python" }
        #expect(python?.requirement.minYears == 5)
        #expect(python?.yearsFound == 11)
    }

    @Test func everyQuoteIsTheTextAtItsRange() {
        let session = Self.session()
        for assessment in analyzer.analyze(session).assessments {
            for evidence in assessment.evidence {
                let document = session.documents.first { $0.path == evidence.excerpt.path }
                #expect(document?.text.text(in: evidence.excerpt.range).map(String.init) == evidence.excerpt.text)
            }
        }
    }

    @Test func theInterviewersMentionIsNotEvidence() {
        let analysis = analyzer.analyze(Self.session())
        let kubernetes = analysis.assessments.first { $0.requirement.skills == ["Kubernetes"] }
        #expect(kubernetes?.evidence.allSatisfy { $0.excerpt.speaker == "Priya" } == true)
    }

    @Test func anAppendedTurnUpdatesTheStatus() {
        _ = analyzer.analyze(Self.session())
        let longer = Self.transcript + "\nPriya: Actually I did write Terraform modules at Acme, for two years."
        let terraform = analyzer.analyze(Self.session(transcript: longer)).assessments.first { $0.requirement.text == "Terraform" }
        #expect(terraform?.status == .verified)
    }

    @Test func theSameSessionGivesTheSameAnalysis() {
        let first = analyzer.analyze(Self.session())
        let second = SessionAnalyzer(taxonomy: trapTaxonomy, options: AnalysisOptions(referenceDate: 2026.0)).analyze(Self.session())
        let third = analyzer.analyze(Self.session())
        #expect(first.assessments == second.assessments)
        #expect(first.assessments == third.assessments)
    }

    @Test func webVTTAndNotesEvidenceQuotesTheirOwnText() {
        let vtt = """
        WEBVTT

        00:00:01.000 --> 00:00:05.000
        <v Recruiter>Have you worked with Terraform?

        00:00:05.500 --> 00:00:12.000
        <v Jordan Lee>Yes, I've written Terraform modules every week for four years.
        """
        let notes = """
        Interview notes

        - Strong Kubernetes background, ran EKS upgrades.
        - Ask about Python next time?
        """
        let session = Session(root: "s", documents: [
            SessionDocument(path: "jd.md", kind: .jd, text: SourceText(Self.jd)),
            SessionDocument(path: "notes.md", kind: .notes, text: SourceText(notes)),
            SessionDocument(path: "transcript.vtt", kind: .transcript, text: SourceText(vtt)),
        ])
        let analysis = analyzer.analyze(session)
        let byText = Dictionary(uniqueKeysWithValues: analysis.assessments.map { ($0.requirement.text, $0) })
        #expect(byText["Terraform"]?.status == .verified)
        #expect(byText["Terraform"]?.evidence.first?.excerpt.speaker == "Jordan Lee")
        #expect(byText["Terraform"]?.evidence.first?.excerpt.timestamp != nil)
        #expect(byText["Experience with Kubernetes in production"]?.status == .verified)
        #expect(byText["5+ years of Python"]?.status == .unmet)
        for evidence in analysis.assessments.flatMap(\.evidence) {
            let document = session.documents.first { $0.path == evidence.excerpt.path }
            #expect(document?.text.text(in: evidence.excerpt.range).map(String.init) == evidence.excerpt.text)
        }
    }
}
