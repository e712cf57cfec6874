@testable import LiveTranscription
import Testing

@Suite struct RecordingFileTests {
    private func header(_ path: String) throws -> WAVHeader? {
        let bytes = try #require(try TranscriptFileAccess.snapshot(path)).bytes
        guard case .header(let header) = try WAVHeader.parse(bytes) else { return nil }
        return header
    }

    @Test func theHeaderIsKeptPlayableWhileRecordingAndFinalAtTheEnd() throws {
        let path = LiveTestAudio.folder() + "/recording.wav"
        let recording = try RecordingFile(path: path, sampleRate: 16000)
        try recording.append(LiveTestAudio.silence(seconds: 1))
        try recording.append(LiveTestAudio.silence(seconds: 1.5))
        // Without finish (as when the process is killed): the header already counts the 2.5 s written.
        #expect(try header(path)?.dataSize == 40000 * 2)
        try recording.append(LiveTestAudio.silence(seconds: 0.5))
        try recording.finish()
        #expect(try header(path)?.dataSize == 48000 * 2)
    }

    @Test func anExistingRecordingIsContinuedAndAnotherRateIsRefused() throws {
        let path = LiveTestAudio.folder() + "/recording.wav"
        do {
            let first = try RecordingFile(path: path, sampleRate: 16000)
            try first.append(LiveTestAudio.silence(seconds: 0.5))
            try first.finish()
        }
        let second = try RecordingFile(path: path, sampleRate: 16000)
        #expect(second.existingSamples == 8000)
        try second.append(LiveTestAudio.silence(seconds: 0.5))
        try second.finish()
        #expect(try header(path)?.dataSize == 16000 * 2)
        #expect(throws: ListenError("\(path) was recorded at 16000 Hz, the input is 8000 Hz; move it away")) {
            _ = try RecordingFile(path: path, sampleRate: 8000)
        }
    }
}
