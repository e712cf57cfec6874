import Analysis
import Assistant
@testable import InterviewServer
import JSON
import LanguageServerProtocol
import Testing

private let range = SourceRange(start: SourcePosition(line: 3, character: 11), end: SourcePosition(line: 3, character: 40))

@Test func aCitationOfAnOpenDocumentUsesTheURIAsTheClientSpelledIt() {
    let locations = SessionLocations(directory: "/home/r/Maya Okafor", openURIs: ["transcript.md": "file:///home/r/Maya%20Okafor/transcript.md"])
    let citation = Citation(path: "transcript.md", kind: .transcript, range: range, text: "I've written Python", speaker: "Candidate", timestamp: "00:01:02")
    #expect(locations.location(citation.path, citation.range) == Location(uri: "file:///home/r/Maya%20Okafor/transcript.md", range: Range(range)))
    #expect(locations.json(citation) == [
        "uri": "file:///home/r/Maya%20Okafor/transcript.md",
        "range": ["start": ["line": 3, "character": 11], "end": ["line": 3, "character": 40]],
        "quote": "I've written Python", "speaker": "Candidate", "timestamp": "00:01:02",
    ])
}

@Test func aCitationOfAFileThatIsNotOpenGetsAFileURIFromItsPath() {
    let locations = SessionLocations(directory: "/home/r/Maya Okafor", openURIs: [:])
    #expect(locations.uri(for: "cv.md") == "file:///home/r/Maya%20Okafor/cv.md")
    #expect(locations.json(Citation(path: "cv.md", kind: .cv, range: range, text: "Python"))["speaker"] == nil)
}

@Test func hoverLinksOpenTheFileAtTheOneBasedLine() {
    let locations = SessionLocations(directory: "/s", openURIs: [:])
    #expect(locations.link("cv.md", 11) == "file:///s/cv.md#L12")
}
