import Foundation
import LiveTranscription
import ModelClient

/// A transcriber that answers at once: two turns per chunk, so speakers, references and the writer all work.
private struct InstantTranscriber: ChunkTranscriber {
    func transcribe(_ upload: ChunkUpload) async throws -> [TranscriptionResult.Segment] {
        [TranscriptionResult.Segment(speaker: "A", start: 1.5, end: 3.8, text: "Tell me about the ledger you built in Python?"),
         TranscriptionResult.Segment(speaker: "B", start: 4.0, end: 6.4, text: "I built it on PostgreSQL with double-entry accounts.")]
    }
}

/// What `listen` adds to each chunk's way apart from the model (cut → request handed to the transcriber, and
/// answer → turns on disk), over `count` chunks of 5 s at 16 kHz with the previous chunk's 1.5 s overlap.
func measureLiveLatency(count: Int = 200) -> [Double] {
    let folder = NSTemporaryDirectory() + "/interview-bench-live-\(getpid())"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let rate = 16000
    // A tone, so the samples are not all zero (the WAV encoding's cost does not depend on them).
    let samples = (0..<(rate * 13 / 2)).map { Int16(8000 * sin(2 * Double.pi * 440 * Double($0) / Double(rate))) }
    let finished = DispatchSemaphore(value: 0)
    let result = LatencyBox()
    Task {
        let session = LiveSession(transcriber: InstantTranscriber(), writer: TranscriptWriter(path: folder + "/transcript.md"))
        for index in 0..<count {
            let chunk = AudioChunk(index: index, sampleRate: rate, start: index * 5 * rate, overlap: index == 0 ? 0 : rate * 3 / 2,
                                   samples: index == 0 ? Array(samples.suffix(5 * rate)) : samples)
            await session.submit(chunk, cutAt: ContinuousClock.now)
            _ = await session.finish(timeout: .seconds(10))
        }
        result.values = await session.addedLatencies.map { seconds($0) * 1000 }
        finished.signal()
    }
    finished.wait()
    return result.values
}

private final class LatencyBox: @unchecked Sendable {
    // @unchecked Sendable: written by the task before it signals, read after the wait.
    var values: [Double] = []
}
