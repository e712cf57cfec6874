import Testing
@testable import Analysis

/// A small deterministic generator (SplitMix64), so the cases are the same on every run.
private struct Generator {
    var state: UInt64

    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((value ^ (value >> 31)) % UInt64(bound))
    }

    mutating func text(_ length: Int) -> String {
        let pieces = ["Go", " ", "\n", "\r\n", "\r", "é", "🙂", "Dana: ", "- ", "k8s"]
        return (0..<length).map { _ in pieces[next(pieces.count)] }.joined()
    }
}

@Test func anEditedTextHasTheSameLinesAsTheSameTextReadAfresh() {
    var generator = Generator(state: 8)
    for _ in 0..<2_000 {
        var source = SourceText(generator.text(generator.next(30)))
        for _ in 0..<4 {
            let startLine = generator.next(source.lines.count + 1)
            let endLine = min(source.lines.count, startLine + generator.next(3))
            let start = SourcePosition(line: startLine, character: generator.next(8))
            let end = SourcePosition(line: endLine, character: generator.next(8))
            let range = start <= end ? SourceRange(start: start, end: end) : SourceRange(start: end, end: start)
            source = source.replacing(range, with: generator.text(generator.next(6)))
            let fresh = SourceText(source.text)
            #expect(Array(source.lines) == Array(fresh.lines), "lines of \(source.text.debugDescription)")
        }
    }
}

@Test func aLineBreakSplitAcrossAnEditIsOneBreak() {
    // An inserted "\n" right after a "\r" joins it into one "\r\n", and a "\r" typed before a "\n" too.
    let joined = SourceText("Sam: Go?\rDana: Yes.").replacing(
        SourceRange(start: SourcePosition(line: 1, character: 0), end: SourcePosition(line: 1, character: 0)), with: "\n")
    #expect(Array(joined.lines) == ["Sam: Go?", "Dana: Yes."])
    let typed = SourceText("Sam: Go?\nDana: Yes.").replacing(
        SourceRange(start: SourcePosition(line: 0, character: 8), end: SourcePosition(line: 0, character: 8)), with: "\r")
    #expect(Array(typed.lines) == ["Sam: Go?", "Dana: Yes."])
}
