import Analysis
import Testing
@testable import ModelClient

@Suite struct TranscriptMarkdownTests {
    let result = TranscriptionResult(text: "", segments: [
        .init(speaker: "A", start: 1.2, end: 4, text: "Have you run Kubernetes in production?"),
        .init(speaker: "B", start: 3725.9, end: 3730, text: "Yes, I ran our EKS clusters\nfor three years."),
    ])

    @Test func segmentsBecomeTimedSpeakerTurns() {
        let lines = result.markdown().split(separator: "\n")
        #expect(lines.contains("**Speaker A** [00:00:01]: Have you run Kubernetes in production?"))
        #expect(lines.contains("**Speaker B** [01:02:05]: Yes, I ran our EKS clusters for three years."))
    }

    @Test func theEngineReadsTheWrittenTranscriptWithSpeakersAndTimestamps() {
        let transcript = TranscriptParser.parse(SourceText(result.markdown()), path: "transcript.md")
        #expect(transcript.turns.map(\.speaker) == ["Speaker A", "Speaker B"])
        #expect(transcript.turns.map(\.timestamp) == ["00:00:01", "01:02:05"])
        #expect(transcript.turns.last?.role == .candidate)
    }
}
