import Analysis
import Testing
@testable import Assistant

@Suite struct CategoryMemberHoverTests {
    @Test func aHoverSaysWhichMemberMetTheBroaderSkill() {
        var assessment = SessionFixture().analysis.assessments[0]
        assessment.evidence = [Evidence(excerpt: SourceQuote(path: "cv.md", kind: .cv, range: assessment.evidence[0].excerpt.range,
                                                             text: "Configured Jenkins for every repository"), member: "Jenkins")]
        let text = HoverText(markdown: true) { path, line in "file:///s/\(path)#L\(line + 1)" }.requirement(assessment)
        #expect(text.contains("“Configured Jenkins for every repository” — CV, via Jenkins"))
    }
}
