import Analysis
import RetrievalIndex
@testable import SessionSupport
import Testing

@Test func aPassageFromTheIndexIsTheExactTranscriptTextWithItsSpeaker() throws {
    let session = try ModelSession()
    let passage = try #require(try IndexPassages(index: session.index).passages(matching: "EKS clusters", limit: 1).first)
    let transcript = try #require(session.analysis.session.documents.first { $0.path == "transcript.md" })
    #expect(passage.kind == .transcript)
    #expect(passage.speaker == "Candidate")
    #expect(passage.text.contains("I ran our EKS clusters for two years"))
    #expect(transcript.text.text(in: passage.range).map(String.init) == passage.text)
    #expect(passage.location == "transcript.md:4")
}
