import Analysis
import JSON
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

    @Test func aTimeThatIsNotANumberOrHugeIsWrittenWithoutCrashing() {
        #expect(TranscriptionResult.timestamp(.nan) == "00:00:00")
        #expect(TranscriptionResult.timestamp(.infinity) == "00:00:00")
        #expect(TranscriptionResult.timestamp(-3) == "00:00:00")
        #expect(TranscriptionResult.timestamp(2e15) == "9999:00:00")
    }

    @Test func segmentsWithTimesOutsideTheAudioAreDropped() throws {
        let json = try JSON.parse("""
            {"duration": 12, "segments": [
              {"speaker": "A", "start": 2e15, "end": 3e15, "text": "Huge."},
              {"speaker": "A", "start": 1e300, "end": 1e301, "text": "Far past."},
              {"speaker": "B", "start": 30, "end": 31, "text": "After the end."},
              {"speaker": "B", "start": 5, "end": 4, "text": "Backwards."},
              {"speaker": "A", "start": -1, "end": 2.5, "text": "From before the start."},
              {"speaker": "B", "start": 10, "end": 40, "text": "Past the end."}
            ]}
            """)
        let result = ModelClient.parseTranscription(json)
        #expect(result.segments.map(\.text) == ["From before the start.", "Past the end."])
        #expect(result.segments.map(\.start) == [0, 10])
        #expect(result.segments.map(\.end) == [2.5, 13])
    }

    @Test func aSpeakerLabelCannotBreakTheTranscriptsLinesOrFrontMatter() {
        let label = "Eve\n---\nkind: jd\n---\n**Boss** [00:00:09]:\u{1B}[2J " + String(repeating: "x", count: 200)
        let odd = TranscriptionResult(text: "", segments: [.init(speaker: label, start: 1, end: 2, text: "Hi\r\nthere.\u{2028}Bye.")])
        let lines = odd.markdown().split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 8)
        #expect(lines[0...2] == ["---", "kind: transcript", "---"])
        let turn = String(lines[6])
        #expect(turn.hasPrefix("**Eve --- kind: jd --- Boss 00:00:09:2J x"))
        #expect(turn.hasSuffix("** [00:00:01]: Hi there. Bye."))
        #expect(TranscriptionResult.speakerName(label).count == 40)
        #expect(TranscriptionResult.speakerName(" * [ ] ") == "Speaker")
        #expect(TranscriptionResult.speakerName("B\n") == "Speaker B")
        let transcript = TranscriptParser.parse(SourceText(odd.markdown()), path: "transcript.md")
        #expect(transcript.turns.count == 1)
    }
}
