import JSON
import Testing
@testable import Analysis

/// The one location+quote record behind evidence, citations, passages and indexed chunks.
@Suite struct SourceQuoteTests {
    static let spoken = SourceQuote(
        path: "transcript.md", kind: .transcript,
        range: SourceRange(start: SourcePosition(line: 3, character: 11), end: SourcePosition(line: 3, character: 30)),
        text: "I've written Python", speaker: "Candidate", timestamp: "00:01:02")

    @Test func aQuoteNamedByURIForTheEditorHasTheSameFieldsAsOneNamedByPathForTheCLI() throws {
        var byURI = try #require(Self.spoken.json(uri: "file:///s/transcript.md").objectValue)
        #expect(byURI.removeValue(forKey: "uri") == "file:///s/transcript.md")
        byURI["path"] = "transcript.md"
        #expect(JSON.object(byURI) == Self.spoken.json())
        #expect(Self.spoken.json() == [
            "path": "transcript.md",
            "range": ["start": ["line": 3, "character": 11], "end": ["line": 3, "character": 30]],
            "quote": "I've written Python", "speaker": "Candidate", "timestamp": "00:01:02",
        ])
    }

    @Test func aQuoteWithNoSpeakerOrTimestampLeavesThemOut() {
        let claim = SourceQuote(path: "cv.md", kind: .cv, range: Self.spoken.range, text: "Python")
        #expect(claim.json()["speaker"] == nil)
        #expect(claim.json()["timestamp"] == nil)
    }

    @Test func aQuoteIsCitedByItsOneBasedLine() {
        #expect(Self.spoken.location == "transcript.md:4")
    }

    @Test func aQuoteFromTheRecruitersNotesCountsAsInterviewEvidence() {
        var noted = Self.spoken
        noted.path = "notes.md"
        noted.kind = .notes
        #expect(Evidence(excerpt: noted).source == .transcript)
        #expect(Evidence(excerpt: SourceQuote(path: "cv.md", kind: .cv, range: noted.range, text: "Python")).source == .cv)
    }
}
