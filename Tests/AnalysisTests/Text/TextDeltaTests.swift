import Testing
@testable import Analysis

private func position(_ line: Int, _ character: Int) -> SourcePosition {
    SourcePosition(line: line, character: character)
}

private func delta(_ old: String, _ new: String) -> TextDelta {
    TextDelta(from: SourceText(old), to: SourceText(new))
}

@Test func aTurnAppendedAtTheEndLeavesEveryEarlierPositionWhereItWas() {
    let old = "Sam: Have you run Kubernetes?\nDana: Yes, EKS for four years.\n"
    let change = delta(old, old + "Sam: And Terraform?\n")
    #expect(change.newPosition(position(1, 12)) == position(1, 12))
    #expect(change.oldPosition(position(0, 5)) == position(0, 5))
    #expect(change.oldPosition(position(2, 3)) == nil)
}

@Test func linesInsertedAboveMoveTheLinesBelowDown() {
    let old = "# Role\n\n## Requirements\n\n- Go\n- Terraform\n"
    let new = "# Role\n\nAbout us.\nWe ship.\n\n## Requirements\n\n- Go\n- Terraform\n"
    let change = delta(old, new)
    #expect(change.newRange(SourceRange(start: position(5, 2), end: position(5, 11))) == SourceRange(start: position(8, 2), end: position(8, 11)))
    #expect(change.oldPosition(position(7, 2)) == position(4, 2))
    #expect(change.oldPosition(position(3, 2)) == nil)
    #expect(change.newPosition(position(0, 3)) == position(0, 3))
}

@Test func typingOnALineShiftsTheRestOfThatLineOnly() {
    let change = delta("- Go and SQL\n- Rust\n", "- Go, Python and SQL\n- Rust\n")
    #expect(change.newPosition(position(0, 9)) == position(0, 17))
    #expect(change.newPosition(position(1, 2)) == position(1, 2))
    #expect(change.newPosition(position(0, 1)) == position(0, 1))
}

@Test func aPositionInsideTheEditedTextHasNoCounterpart() {
    let change = delta("- Kubernetes in production\n", "- Terraform modules\n")
    #expect(change.oldPosition(position(0, 6)) == nil)
    #expect(change.newRange(SourceRange(start: position(0, 2), end: position(0, 12))) == nil)
}

@Test func positionsCountUTF16UnitsAcrossTheEdit() {
    // "🙂" is two UTF-16 units and four UTF-8 bytes; "é" one unit and two bytes.
    let change = delta("Dana 🙂: café and Go\n", "Dana 🙂: café, Rust and Go\n")
    #expect(change.newPosition(position(0, 17)) == position(0, 23))
    #expect(change.oldPosition(position(0, 6)) == position(0, 6))
}

@Test func anEditThatChangesOnlyPartOfAMultibyteCharacterStillMapsAroundIt() {
    // "é" (C3 A9) and "è" (C3 A8) share their first byte: the change starts at the character, not inside it.
    let change = delta("résumé: Go\n", "résumè: Go\n")
    #expect(change.oldPosition(position(0, 5)) == position(0, 5))
    #expect(change.newPosition(position(0, 6)) == position(0, 6))
    #expect(change.newPosition(position(0, 9)) == position(0, 9))
}

@Test func aCarriageReturnGainingItsLineFeedKeepsTheLinesBelow() {
    let change = delta("Sam: Go?\rDana: Yes.\n", "Sam: Go?\r\nDana: Yes.\n")
    #expect(change.newPosition(position(1, 6)) == position(1, 6))
    #expect(change.newPosition(position(0, 3)) == position(0, 3))
}

@Test func theSameTextIsTheIdentity() {
    let text = String(repeating: "Dana: I ran Postgres for years.\n", count: 200)
    let change = delta(text, text)
    #expect(change == .identity)
    #expect(change.newPosition(position(150, 7)) == position(150, 7))
}
