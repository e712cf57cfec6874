import Analysis
import Testing
@testable import Assistant

@Suite struct PresentationTests {
    let fixture = SessionFixture()

    var hover: HoverText {
        HoverText(markdown: true) { path, line in "file:///tmp/session/\(path)#L\(line + 1)" }
    }

    @Test func aRequirementHoverShowsStatusYearsAndLinkedQuotes() {
        let text = hover.requirement(fixture.analysis.assessments[0])
        #expect(text.hasPrefix("**Must-have · verified in the interview**: 5+ years running Kubernetes in production"))
        #expect(text.contains("JD asks for 5+ years; the CV shows about 3.5 (short of it)"))
        #expect(text.contains("“I ran our EKS clusters for three years and led the upgrade to 1.29.” — Sam · [transcript.md:4](file:///tmp/session/transcript.md#L4)"))
        #expect(text.contains("“Migrated 30 services to EKS with zero downtime” — CV · [cv.md:4]"))
    }

    @Test func aRequirementHoverSaysWhichPartIsUnconfirmed() throws {
        let session = Session(root: "/tmp/session", documents: [
            SessionDocument(path: "jd.md", kind: .jd, text: SourceText("## Requirements\n- Python and our in-house Quillwork framework\n")),
            SessionDocument(path: "transcript.md", kind: .transcript,
                            text: SourceText("Interviewer: What do you write day to day?\nAna: I write Python every day for our pricing service.\n")),
        ])
        let analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
        let assessment = try #require(analysis.assessments.first)
        let text = hover.requirement(assessment)
        #expect(text.hasPrefix("**Must-have · partly confirmed**: Python and our in-house Quillwork framework"))
        #expect(text.contains("Not confirmed: “our in-house Quillwork framework”: no skill the engine knows, and nothing in the CV or the interview shows it. Ask about it."))
    }

    @Test func plainTextHoversCarryNoMarkdown() {
        let plain = HoverText(markdown: false) { _, _ in "file:///x" }
        let text = plain.requirement(fixture.analysis.assessments[0])
        #expect(!text.contains("**"))
        #expect(!text.contains("]("))
        #expect(text.contains("transcript.md:4"))
    }

    @Test func anEvidenceLineNamesTheRequirementsItSupports() {
        let supported = fixture.analysis.assessments(citingPath: "cv.md", line: 3)
        #expect(supported.map(\.requirement.id) == ["kubernetes"])
        #expect(hover.evidenceLine(supporting: supported).contains("5+ years running Kubernetes in production (must, verified in the interview)"))
    }

    @Test func theRequirementUnderTheCursorIsFound() {
        let found = fixture.analysis.assessment(atPath: "jd.md", position: SourcePosition(line: 4, character: 3))
        #expect(found?.requirement.id == "terraform")
        #expect(fixture.analysis.assessment(atPath: "jd.md", position: SourcePosition(line: 0, character: 0)) == nil)
    }

    @Test func theCoverageLineCountsEachPriority() {
        #expect(CoverageLine.text(for: fixture.analysis, jdPath: "jd.md")
            == "must: 1 verified · 1 claimed · 1 contradicted · 1 unmet  |  nice: 1 unmet")
    }
}
