/// Interleaved 16-bit little-endian PCM bytes, as they arrive in reads of any size, turned into mono samples.
public struct PCMDecoder: Sendable {
    /// The layout of the incoming bytes.
    public let format: AudioFormat
    /// Bytes of an incomplete frame, kept for the next read.
    private var carry: [UInt8] = []

    /// A decoder for bytes laid out as `format`.
    public init(format: AudioFormat) {
        self.format = format
    }

    /// The mono samples in `bytes` (channels averaged), after any partial frame left by the previous call.
    public mutating func decode(_ bytes: some Collection<UInt8>) -> [Int16] {
        var input = carry
        input.append(contentsOf: bytes)
        let frameBytes = format.frameBytes
        let frames = input.count / frameBytes
        var samples = [Int16](repeating: 0, count: frames)
        input.withUnsafeBytes { raw in
            for frame in 0..<frames {
                let base = frame * frameBytes
                var sum = 0
                for channel in 0..<format.channels {
                    let low = Int(raw[base + 2 * channel]), high = Int(raw[base + 2 * channel + 1])
                    sum += Int(Int16(bitPattern: UInt16(low | high << 8)))
                }
                samples[frame] = Int16(sum / format.channels)
            }
        }
        carry = Array(input[(frames * frameBytes)...])
        return samples
    }
}
