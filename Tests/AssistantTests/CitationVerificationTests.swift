import Analysis
import Assistant
import Testing

@Test func aCitationThatFailsTheCheckIsDroppedAndTheOthersRenumbered() {
    let session = Session(root: "/s", documents: [
        SessionDocument(path: "cv.md", kind: .cv, text: SourceText("Python since [2016]\nGo\n")),
    ])
    let good = Citation(path: "cv.md", kind: .cv, range: SourceRange(start: SourcePosition(line: 1, character: 0), end: SourcePosition(line: 1, character: 2)), text: "Go")
    let bad = Citation(path: "cv.md", kind: .cv, range: SourceRange(start: SourcePosition(line: 0, character: 0), end: SourcePosition(line: 0, character: 6)), text: "Rust!!")
    let answer = ChatAnswer(answer: "- Rust [1]\n- Go [2], since [2016]", citations: [bad, good], mode: .llm)
    let checked = CitationVerification.verified(answer, checker: CitationChecker(session: session))
    #expect(checked.citations == [good])
    #expect(checked.answer == "- Rust\n- Go [1], since [2016]")
}

@Test func anAnswerWhoseCitationsAllHoldIsUnchanged() {
    let session = Session(root: "/s", documents: [SessionDocument(path: "cv.md", kind: .cv, text: SourceText("Go\n"))])
    let good = Citation(path: "cv.md", kind: .cv, range: SourceRange(start: SourcePosition(line: 0, character: 0), end: SourcePosition(line: 0, character: 2)), text: "Go")
    let answer = ChatAnswer(answer: "- Go [1]", citations: [good], mode: .offline)
    #expect(CitationVerification.verified(answer, checker: CitationChecker(session: session)) == answer)
}
