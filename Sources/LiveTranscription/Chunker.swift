/// Cuts a stream of mono samples into chunks of about `chunkSeconds`, on a quiet moment near the end of each
/// window when there is one, and gives each chunk the previous chunk's tail as an overlap.
public struct Chunker: Sendable {
    /// How the stream is cut.
    public struct Options: Sendable, Equatable {
        /// The longest chunk, in seconds (its own audio, without the overlap).
        public var chunkSeconds: Double
        /// How much of the previous chunk's tail is sent again before a chunk, in seconds.
        public var overlapSeconds: Double = 1.5
        /// The length of the frames whose loudness is compared, in seconds.
        public var frameSeconds: Double = 0.025
        /// The RMS level (of 32768) at or below which a frame counts as silence (about -40 dBFS).
        public var silenceLevel: Double = 330
        /// Chunks shorter than this are not sent at the end of the input (a click, a breath).
        public var minimumFinalSeconds: Double = 0.2

        /// Options for chunks of at most `chunkSeconds`.
        public init(chunkSeconds: Double) {
            self.chunkSeconds = chunkSeconds
        }
    }

    /// The options in use.
    public let options: Options
    /// The samples' rate.
    public let sampleRate: Int
    private var buffer: [Int16] = []
    private var bufferStart: Int
    private var tail: [Int16] = []
    private var nextIndex = 0

    /// A chunker for samples at `sampleRate` whose first sample is number `firstSample` of the recording.
    public init(options: Options, sampleRate: Int, firstSample: Int = 0) {
        self.options = options
        self.sampleRate = sampleRate
        bufferStart = firstSample
    }

    private var chunkSamples: Int { max(1, Int(options.chunkSeconds * Double(sampleRate))) }
    private var frameSamples: Int { max(1, Int(options.frameSeconds * Double(sampleRate))) }
    /// Quiet moments are looked for in the last third of the window, at most its last 2 s.
    private var searchSamples: Int { min(chunkSamples / 3, 2 * sampleRate) }

    /// Adds `samples` and returns the chunks they complete.
    public mutating func append(_ samples: [Int16]) -> [AudioChunk] {
        buffer += samples
        var chunks: [AudioChunk] = []
        while buffer.count >= chunkSamples {
            chunks.append(cut(at: cutPoint()))
        }
        return chunks
    }

    /// The last, partial chunk at the end of the input; nil when too little audio is left.
    public mutating func finish() -> AudioChunk? {
        guard Double(buffer.count) >= options.minimumFinalSeconds * Double(sampleRate) else { return nil }
        return cut(at: buffer.count)
    }

    /// Where to end the window at the front of the buffer: the middle of its quietest frame near the end when
    /// that frame is silent enough (the latest of equally quiet ones), else the window's end.
    func cutPoint() -> Int {
        let frame = frameSamples
        let end = chunkSamples
        var best: (level: Double, position: Int)?
        var frameEnd = end
        while frameEnd - frame >= end - searchSamples, frameEnd - frame > 0 {
            let level = Self.rms(buffer[(frameEnd - frame)..<frameEnd])
            if best == nil || level < best!.level { best = (level, frameEnd - frame / 2) }
            frameEnd -= frame
        }
        if let best, best.level <= options.silenceLevel { return best.position }
        return end
    }

    private mutating func cut(at position: Int) -> AudioChunk {
        let own = Array(buffer[..<position])
        let chunk = AudioChunk(index: nextIndex, sampleRate: sampleRate, start: bufferStart, overlap: tail.count,
                               samples: tail + own)
        nextIndex += 1
        bufferStart += position
        buffer.removeFirst(position)
        tail = Array(own.suffix(Int(options.overlapSeconds * Double(sampleRate))))
        return chunk
    }

    /// The root mean square of `samples`.
    static func rms(_ samples: ArraySlice<Int16>) -> Double {
        guard !samples.isEmpty else { return 0 }
        var sum = 0.0
        for sample in samples { sum += Double(sample) * Double(sample) }
        return (sum / Double(samples.count)).squareRoot()
    }
}
