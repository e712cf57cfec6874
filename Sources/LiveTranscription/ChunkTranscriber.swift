import ModelClient

/// What is sent for one chunk: a WAV file in memory and the voices already named.
public struct ChunkUpload: Sendable {
    /// The chunk's audio as a WAV file (overlap included).
    public var wav: [UInt8]
    /// A file name that tells the server the format.
    public var fileName: String
    /// The voices named so far, with a clip of each.
    public var knownSpeakers: [KnownSpeaker]

    /// An upload of `wav` named `fileName` with `knownSpeakers`.
    public init(wav: [UInt8], fileName: String, knownSpeakers: [KnownSpeaker]) {
        self.wav = wav
        self.fileName = fileName
        self.knownSpeakers = knownSpeakers
    }
}

/// Turns one chunk of audio into timed segments (times within the uploaded audio); the model in use, a fake
/// in tests and benchmarks.
public protocol ChunkTranscriber: Sendable {
    /// The segments heard in `upload`, in order.
    func transcribe(_ upload: ChunkUpload) async throws -> [TranscriptionResult.Segment]
}

/// The OpenAI-compatible transcription endpoint as a `ChunkTranscriber`.
public struct ModelChunkTranscriber: ChunkTranscriber {
    private let client: ModelClient
    private let language: String?

    /// Sends chunks through `client`, in `language` when it is known.
    public init(client: ModelClient, language: String?) {
        self.client = client
        self.language = language
    }

    /// The model's segments for `upload`; a model that returns text only gives one segment over the chunk.
    public func transcribe(_ upload: ChunkUpload) async throws -> [TranscriptionResult.Segment] {
        let result = try await client.transcribe(audio: upload.wav, fileName: upload.fileName, language: language,
                                                 knownSpeakers: upload.knownSpeakers)
        if !result.segments.isEmpty { return result.segments }
        let text = result.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return text.isEmpty ? [] : [TranscriptionResult.Segment(speaker: nil, start: 0, end: result.duration ?? 0, text: text)]
    }
}
