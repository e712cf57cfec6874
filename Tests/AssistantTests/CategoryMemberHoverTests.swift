import Analysis
import Testing
@testable import Assistant

@Suite struct CategoryMemberHoverTests {
    @Test func aHoverSaysWhichMemberMetTheBroaderSkill() {
        var assessment = SessionFixture().analysis.assessments[0]
        assessment.evidence = [Evidence(path: "cv.md", range: assessment.evidence[0].range, source: .cv,
                                        quote: "Configured Jenkins for every repository", member: "Jenkins")]
        let text = HoverText(markdown: true) { path, line in "file:///s/\(path)#L\(line + 1)" }.requirement(assessment)
        #expect(text.contains("“Configured Jenkins for every repository” — CV, via Jenkins"))
    }
}
