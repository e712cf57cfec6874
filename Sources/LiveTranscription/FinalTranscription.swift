import Blocking
import ModelClient

/// `listen --finalize`: the whole recording transcribed after the interview, in uploads the endpoint accepts.
///
/// A recording up to the limit goes in one upload; a longer one in parts cut on silence, each after the previous
/// part's last seconds, named by the same `SpeakerTracker` the live transcript used (its voices' references go
/// with every part), so one interview keeps one set of names.
public enum FinalTranscription {
    /// The largest upload: the OpenAI endpoint takes files of at most 25 MB.
    public static let maximumUploadBytes = 24 * 1024 * 1024

    /// The turns of the recording at `path` (mono 16-bit WAV), uploaded through `transcriber` in parts of at most
    /// `maximumUploadBytes`; `onPart` is told each part's number (from 1) before it is sent.
    public static func turns(recordingAt path: String, transcriber: ChunkTranscriber, knownSpeakers: [KnownSpeaker],
                             maximumUploadBytes: Int = maximumUploadBytes,
                             onPart: @Sendable (Int) -> Void = { _ in }) async throws -> [LiveTurn] {
        let parts = try await BlockingWork.run { () throws(ListenError) in
            try PartReader(path: path, maximumUploadBytes: maximumUploadBytes)
        }
        var tracker = SpeakerTracker(knownSpeakers: knownSpeakers)
        var turns: [LiveTurn] = []
        var previous: [LiveTurn]?
        while let part = try await BlockingWork.run({ () throws(ListenError) in try parts.next() }) {
            onPart(part.index + 1)
            let name = part.index == 0 ? "recording.wav" : "recording-part-\(part.index + 1).wav"
            let upload = ChunkUpload(wav: WAVEncoder.wav(part.samples, sampleRate: part.sampleRate), fileName: name,
                                     knownSpeakers: tracker.knownSpeakers)
            let segments = try await transcriber.transcribe(upload)
            let partTurns = tracker.turns(for: part, segments: segments, previous: previous,
                                          referencesSent: upload.knownSpeakers.map(\.name))
            turns += partTurns
            previous = partTurns
        }
        return turns
    }

    /// The recording read part by part: each call reads just enough for the next part (blocking).
    private final class PartReader: @unchecked Sendable {
        // @unchecked Sendable: used by one BlockingWork job at a time, each awaited before the next starts.
        private let reader: AudioReader
        private var chunker: Chunker
        private var ready: [AudioChunk] = []
        private var ended = false

        init(path: String, maximumUploadBytes: Int) throws(ListenError) {
            reader = try AudioReader(path: path, rawFormat: AudioFormat(sampleRate: 16000, channels: 1))
            let rate = reader.format.sampleRate
            var options = Chunker.Options(chunkSeconds: 1)
            // The part's own audio, its overlap and the WAV header fit in one upload.
            let samples = (maximumUploadBytes - 44) / 2 - Int(options.overlapSeconds * Double(rate))
            guard samples >= rate else { throw ListenError("an upload limit of \(maximumUploadBytes) bytes is too small") }
            options.chunkSeconds = Double(samples) / Double(rate)
            chunker = Chunker(options: options, sampleRate: rate)
        }

        func next() throws(ListenError) -> AudioChunk? {
            while ready.isEmpty, !ended {
                if let block = try reader.next() {
                    ready += chunker.append(block)
                } else {
                    ended = true
                    if let last = chunker.finish() { ready.append(last) }
                }
            }
            return ready.isEmpty ? nil : ready.removeFirst()
        }
    }
}
