/// How PCM samples are laid out: 16-bit signed little-endian, interleaved when there are several channels.
public struct AudioFormat: Sendable, Equatable {
    /// Samples per second per channel.
    public var sampleRate: Int
    /// Interleaved channels, 1 (mono) or 2 (stereo).
    public var channels: Int

    /// A format of `sampleRate` samples per second on `channels` channels.
    public init(sampleRate: Int, channels: Int) {
        self.sampleRate = sampleRate
        self.channels = channels
    }

    /// Bytes per frame (one sample on every channel).
    var frameBytes: Int { 2 * channels }
}
