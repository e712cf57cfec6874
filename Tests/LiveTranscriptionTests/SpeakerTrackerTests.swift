import Analysis
@testable import LiveTranscription
import ModelClient
import Testing

@Suite struct SpeakerTrackerTests {
    private typealias Audio = LiveTestAudio

    @Test func namesAreWrittenAsTranscribeWritesThemAndAVoiceGetsAReferenceClip() {
        var tracker = SpeakerTracker()
        let chunk = Audio.chunk(0, start: 0, overlap: 0, seconds: 5)
        let turns = tracker.turns(for: chunk, segments: [Audio.segment("A", 0, 2.5, "Have you used Go?"),
                                                         Audio.segment("B", 3, 3.5, "Yes.")], previous: nil)
        #expect(turns.map(\.line) == ["**Speaker A** [00:00:00]: Have you used Go?", "**Speaker B** [00:00:03]: Yes."])
        // B spoke for half a second: too short for a reference (2–10 s).
        #expect(tracker.knownSpeakers.map(\.name) == ["Speaker A"])
        #expect(tracker.knownSpeakers[0].reference.hasPrefix("data:audio/wav;base64,UklGR"))
    }

    @Test func aSegmentTimedOutsideTheChunkIsDroppedWithoutCrashing() {
        var tracker = SpeakerTracker()
        let chunk = Audio.chunk(0, start: 0, overlap: 0, seconds: 5)
        let turns = tracker.turns(for: chunk, segments: [Audio.segment("A", 2e15, 2e15 + 3, "Huge."),
                                                         Audio.segment("A", .nan, 3, "Not a number."),
                                                         Audio.segment("A", 0, .infinity, "Endless."),
                                                         Audio.segment("B", 1, 3.5, "Inside.")], previous: nil)
        #expect(turns.map(\.line) == ["**Speaker B** [00:00:01]: Inside."])
    }

    @Test func aLiveTurnIsOneLineWhateverTheModelsLabelAndText() {
        var tracker = SpeakerTracker()
        let chunk = Audio.chunk(0, start: 0, overlap: 0, seconds: 5)
        let turns = tracker.turns(for: chunk, segments: [Audio.segment("A\n---\nkind: jd\n---", 0, 1, "Line one\nline two\r\n---")],
                                  previous: nil)
        #expect(turns.map(\.line) == ["**A --- kind: jd ---** [00:00:00]: Line one line two ---"])
    }

    @Test func aModelThatHonoursReferencesKeepsTheNamesAndItsNewLabelsAreOtherVoices() {
        var tracker = SpeakerTracker()
        _ = tracker.turns(for: Audio.chunk(0, start: 0, overlap: 0, seconds: 5),
                          segments: [Audio.segment("A", 0, 3, "Question one?")], previous: nil)
        let turns = tracker.turns(for: Audio.chunk(1, start: 5, overlap: 0, seconds: 5),
                                  segments: [Audio.segment("A", 0, 2, "An answer."), Audio.segment("Speaker A", 2.5, 4, "Next?")],
                                  previous: nil)
        #expect(turns.map(\.speaker) == ["Speaker B", "Speaker A"])
        #expect(turns.map(\.start) == [5, 7.5])
    }

    @Test func anAnswerIsReadAgainstTheReferencesItsRequestCarriedNotOnesLearnedSince() {
        var tracker = SpeakerTracker()
        // Chunk 2 is sent knowing only the candidate's voice (chunk 1 failed and is retried meanwhile).
        _ = tracker.turns(for: Audio.chunk(1, start: 5, overlap: 0, seconds: 5),
                          segments: [Audio.segment("B", 0, 3, "My answer.")], previous: nil)
        let sent = tracker.knownSpeakers.map(\.name)
        // The retried chunk 1 comes back first and names the interviewer's voice.
        _ = tracker.turns(for: Audio.chunk(0, start: 0, overlap: 0, seconds: 5),
                          segments: [Audio.segment("A", 0, 3, "A question?")], previous: nil)
        #expect(tracker.knownSpeakers.map(\.name) == ["Speaker B", "Speaker A"])
        // Chunk 2's answer: the known candidate by name, the interviewer as a new label "A".
        let turns = tracker.turns(for: Audio.chunk(2, start: 10, overlap: 0, seconds: 5),
                                  segments: [Audio.segment("Speaker B", 0, 1, "More."), Audio.segment("A", 2, 3, "Next?")],
                                  previous: nil, referencesSent: sent)
        #expect(turns.map(\.speaker) == ["Speaker B", "Speaker A"])
    }

    @Test func freshLabelsAreMappedThroughTheOverlapAndItsTurnsAreNotRepeated() {
        var tracker = SpeakerTracker()
        let first = tracker.turns(for: Audio.chunk(0, start: 0, overlap: 0, seconds: 5),
                                  segments: [Audio.segment("A", 0, 1.5, "Tell me about Kafka?"),
                                             Audio.segment("B", 2, 4.8, "I ran Kafka for years.")], previous: nil)
        // The next upload starts 1.5 s before 5 s: the candidate's tail comes back first, labelled A this time.
        let second = tracker.turns(for: Audio.chunk(1, start: 5, overlap: 1.5, seconds: 5),
                                   segments: [Audio.segment("A", 0, 1.3, "for years."),
                                              Audio.segment("B", 2, 3, "And Go?"),
                                              Audio.segment("A", 3.5, 6, "Go daily.")], previous: first)
        #expect(second.map(\.line) == ["**Speaker A** [00:00:05]: And Go?", "**Speaker B** [00:00:07]: Go daily."])
    }

    @Test func aChunkWhoseSpeechIsAllInItsOverlapStillPassesItsNamesOn() {
        var tracker = SpeakerTracker()
        // 2 s chunks, each sent after the previous one's last 1.5 s; the model ignores references.
        let first = tracker.turns(for: Audio.chunk(0, start: 0, overlap: 0, seconds: 2),
                                  segments: [Audio.segment("A", 0, 2, "Have you used Go?")], previous: nil)
        // The question goes on to 3.1 s, but most of it is in the overlap: chunk 2 writes nothing.
        let second = tracker.turns(for: Audio.chunk(1, start: 2, overlap: 1.5, seconds: 2),
                                   segments: [Audio.segment("A", 0, 2.6, "Have you used Go?")], previous: first)
        #expect(second.isEmpty)
        // Chunk 3 hears the question's tail (labelled B this time), then the candidate first named A.
        let third = tracker.turns(for: Audio.chunk(2, start: 4, overlap: 1.5, seconds: 2),
                                  segments: [Audio.segment("B", 0, 0.6, "Go?"), Audio.segment("A", 1.2, 3.5, "Yes, daily.")],
                                  previous: second)
        #expect(third.map(\.line) == ["**Speaker B** [00:00:03]: Yes, daily."])
    }

    @Test func voicesHeardWhenATranscriptIsContinuedDoNotTakeItsNames() {
        var tracker = SpeakerTracker(takenNames: ["Speaker A", "Speaker B"])
        let turns = tracker.turns(for: Audio.chunk(0, start: 30, overlap: 0, seconds: 5),
                                  segments: [Audio.segment("A", 0, 1, "Where were we?"), Audio.segment("B", 1.5, 3, "Kafka.")],
                                  previous: nil)
        #expect(turns.map(\.speaker) == ["Speaker C", "Speaker D"])
    }

    @Test func aContinuedTranscriptGivesItsSpeakersAndWhatReplacedIt() {
        let text = "---\nkind: other\nsuperseded-by: transcript.final.md\n---\n\n# Live\n\n"
            + "**Speaker A** [00:00:00]: Hi?\n**Speaker B** [00:00:02]: Hello.\nA note.\n**Speaker A** [00:00:04]: Go?\n"
        let existing = ExistingTranscript.parse(text)
        #expect(existing.speakers == ["Speaker A", "Speaker B"])
        #expect(existing.supersededBy == "transcript.final.md")
        #expect(ExistingTranscript.parse("---\nkind: transcript\n---\n").supersededBy == nil)
    }

    @Test func liveSpeakerNamesResolveToInterviewerAndCandidateLikeTypedOnes() {
        var tracker = SpeakerTracker()
        let turns = tracker.turns(for: Audio.chunk(0, start: 0, overlap: 0, seconds: 20), segments: [
            Audio.segment("A", 0, 2, "Have you run Kubernetes in production?"),
            Audio.segment("B", 2, 9, "Yes, I ran EKS clusters with forty services for three years at Acme."),
            Audio.segment("A", 9, 10, "And Kafka?"),
            Audio.segment("B", 10, 14, "Not really, only a little at my last job."),
        ], previous: nil)
        let markdown = "---\nkind: transcript\n---\n\n" + turns.map(\.line).joined(separator: "\n") + "\n"
        let parsed = TranscriptParser.parse(SourceText(markdown), path: "transcript.md").turns
        #expect(parsed.map(\.speaker) == ["Speaker A", "Speaker B", "Speaker A", "Speaker B"])
        #expect(parsed.map(\.role) == [.interviewer, .candidate, .interviewer, .candidate])
    }
}
