import Analysis
import InterviewServer
import LanguageServerProtocol
import Testing

private func document(_ text: String) -> OpenDocument {
    OpenDocument(uri: "file:///s/transcript.md", path: "/s/transcript.md", version: 1, text: SourceText(text))
}

private func edit(from start: (line: Int, character: Int), to end: (line: Int, character: Int), _ text: String) -> TextDocumentContentChangeEvent {
    TextDocumentContentChangeEvent(
        range: LanguageServerProtocol.Range(start: Position(line: start.line, character: start.character),
                                            end: Position(line: end.line, character: end.character)),
        text: text
    )
}

private func edit(_ line: Int, _ from: Int, _ to: Int, _ text: String) -> TextDocumentContentChangeEvent {
    edit(from: (line, from), to: (line, to), text)
}

@Test func anEditAfterAnEmojiCountsTheEmojiAsTwoUTF16Units() {
    // "👋" is one Character but two UTF-16 code units, so "there" spans characters 11..<16, not 10..<15.
    let opened = document("Ana: hi 👋 there\nBo: hello")
    let edited = opened.applying([edit(0, 11, 16, "Ana")], version: 2)
    #expect(edited.text.text == "Ana: hi 👋 Ana\nBo: hello")
    #expect(edited.version == 2)
}

@Test func appendingATurnAtTheEndOfTheTranscriptAddsALine() {
    let opened = document("Interviewer: Tell me about Erlang?\n")
    let edited = opened.applying([edit(1, 0, 0, "Candidate: I ran Erlang/OTP in production.\n")], version: 5)
    #expect(edited.text.lines.count == 3)
    #expect(edited.text.line(1) == "Candidate: I ran Erlang/OTP in production.")
}

@Test func severalChangesApplyInOrder() {
    let opened = document("abc")
    let edited = opened.applying([edit(0, 3, 3, "d"), edit(0, 0, 1, "A")], version: 3)
    #expect(edited.text.text == "Abcd")
}

@Test func aChangeWithoutARangeReplacesTheWholeText() {
    let edited = document("old").applying([TextDocumentContentChangeEvent(range: nil, text: "new\ntext")], version: 2)
    #expect(edited.text.text == "new\ntext")
}

@Test func aMultiLineDeletionJoinsTheLines() {
    let opened = document("one\ntwo 🙂\nthree")
    #expect(opened.applying([edit(from: (0, 3), to: (1, 6), "")], version: 2).text.text == "one\nthree")
}

@Test func aReversedRangeReplacesTheSameSpanAsItsForwardForm() {
    // A client that sends a backwards selection means the same text (vscode-languageserver-textdocument swaps them too).
    let opened = document("one\ntwo\nthree")
    #expect(opened.applying([edit(from: (1, 2), to: (0, 1), "X")], version: 2).text.text == "oXo\nthree")
    #expect(opened.applying([edit(0, 3, 1, "")], version: 2).text.text == "o\ntwo\nthree")
}
