@testable import LiveTranscription
import ModelClient
import Synchronization
import Testing

/// Answers each upload with one turn per second of audio, alternating voices A and B, and keeps the uploads.
private final class PerSecondTranscriber: ChunkTranscriber {
    let uploads = Mutex<[ChunkUpload]>([])

    func transcribe(_ upload: ChunkUpload) async throws -> [TranscriptionResult.Segment] {
        uploads.withLock { $0.append(upload) }
        let seconds = (upload.wav.count - 44) / 2 / LiveTestAudio.rate
        return (0..<seconds).map { second in
            TranscriptionResult.Segment(speaker: second % 2 == 0 ? "A" : "B", start: Double(second), end: Double(second) + 0.8,
                                        text: "second \(second)")
        }
    }
}

@Suite struct FinalTranscriptionTests {
    private func recording(seconds: Double) throws -> String {
        let path = LiveTestAudio.folder() + "/recording.wav"
        let file = try RecordingFile(path: path, sampleRate: LiveTestAudio.rate)
        try file.append(LiveTestAudio.tone(440, seconds: seconds))
        try file.finish()
        return path
    }

    @Test func aRecordingWithinTheLimitIsUploadedWholeOnceWithTheLiveVoices() async throws {
        let path = try recording(seconds: 3)
        let transcriber = PerSecondTranscriber()
        let known = [KnownSpeaker(name: "Speaker A", reference: "data:audio/wav;base64,AAAA")]
        let turns = try await FinalTranscription.turns(recordingAt: path, transcriber: transcriber, knownSpeakers: known)
        let uploads = transcriber.uploads.withLock { $0 }
        #expect(uploads.count == 1)
        #expect(uploads[0].wav == (try #require(try TranscriptFileAccess.snapshot(path))).bytes)
        #expect(uploads[0].knownSpeakers == known)
        #expect(turns.map(\.start) == [0, 1, 2])
    }

    @Test func aLongerRecordingGoesInPartsUnderTheLimitWithTimesOfTheWholeRecording() async throws {
        let path = try recording(seconds: 10)
        let transcriber = PerSecondTranscriber()
        // 4 s per upload: parts of 2.5 s of new audio after 1.5 s of the previous part.
        let limit = 44 + 4 * LiveTestAudio.rate * 2
        let turns = try await FinalTranscription.turns(recordingAt: path, transcriber: transcriber, knownSpeakers: [],
                                                       maximumUploadBytes: limit)
        let uploads = transcriber.uploads.withLock { $0 }
        #expect(uploads.count == 4)
        #expect(uploads.allSatisfy { $0.wav.count <= limit })
        #expect(uploads.map(\.fileName) == ["recording.wav", "recording-part-2.wav", "recording-part-3.wav", "recording-part-4.wav"])
        // Every second of the recording once, in order: the overlaps' turns are not repeated.
        #expect(turns.map(\.start) == turns.map(\.start).sorted())
        #expect(Set(turns.map { Int($0.start) }).count == turns.count)
        #expect(turns.first?.start == 0 && (turns.last?.start ?? 0) >= 9)
    }
}
