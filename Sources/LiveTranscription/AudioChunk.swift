/// A stretch of the recording sent to the model on its own, with the previous chunk's tail before it.
public struct AudioChunk: Sendable, Equatable {
    /// Position in the recording: 0 for the first chunk.
    public var index: Int
    /// The sample rate of `samples`.
    public var sampleRate: Int
    /// The recording's sample index where this chunk's own audio starts (after the overlap).
    public var start: Int
    /// How many samples at the front of `samples` repeat the previous chunk's tail.
    public var overlap: Int
    /// The overlap followed by the chunk's own audio, mono.
    public var samples: [Int16]

    /// A chunk numbered `index` whose own audio starts at sample `start`.
    public init(index: Int, sampleRate: Int, start: Int, overlap: Int, samples: [Int16]) {
        self.index = index
        self.sampleRate = sampleRate
        self.start = start
        self.overlap = overlap
        self.samples = samples
    }

    /// Seconds from the start of the recording to the first uploaded sample (the overlap's start).
    public var uploadStartSeconds: Double { Double(start - overlap) / Double(sampleRate) }
    /// Seconds from the start of the recording to the chunk's own audio.
    public var startSeconds: Double { Double(start) / Double(sampleRate) }
    /// Seconds from the start of the recording to the end of the chunk.
    public var endSeconds: Double { Double(start - overlap + samples.count) / Double(sampleRate) }
    /// Length of the uploaded audio (overlap included) in seconds.
    public var uploadSeconds: Double { Double(samples.count) / Double(sampleRate) }
    /// Length of the overlap in seconds.
    public var overlapSeconds: Double { Double(overlap) / Double(sampleRate) }
}
