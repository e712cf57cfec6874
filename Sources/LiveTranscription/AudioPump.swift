import Blocking

/// The audio input, read on a thread of its own and recorded as it comes.
public enum AudioPump {
    /// The samples of `reader`, each block appended to `recording` before it is yielded; the recording's header
    /// is made final when the input ends (EOF, `reader.stop()`, or an error, which ends the stream).
    public static func samples(from reader: AudioReader, recordingTo recording: RecordingFile) -> AsyncThrowingStream<[Int16], Error> {
        AsyncThrowingStream { continuation in
            let started = BlockingWork.start {
                do throws(ListenError) {
                    while let samples = try reader.next() {
                        guard !samples.isEmpty else { continue }
                        try recording.append(samples)
                        continuation.yield(samples)
                    }
                    try recording.finish()
                    continuation.finish()
                } catch {
                    try? recording.finish()
                    continuation.finish(throwing: error)
                }
            }
            if !started { continuation.finish(throwing: ListenError("no thread could be started to read the audio")) }
        }
    }
}
