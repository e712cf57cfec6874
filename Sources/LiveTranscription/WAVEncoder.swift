/// 16-bit mono PCM samples as a WAV file.
public enum WAVEncoder {
    /// The 44-byte header of a mono 16-bit PCM WAV whose samples take `dataBytes` bytes.
    public static func header(sampleRate: Int, dataBytes: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(44)
        bytes += "RIFF".utf8
        append32(UInt32(clamping: 36 + dataBytes), to: &bytes)
        bytes += "WAVEfmt ".utf8
        append32(16, to: &bytes)
        append16(1, to: &bytes)
        append16(1, to: &bytes)
        append32(UInt32(clamping: sampleRate), to: &bytes)
        append32(UInt32(clamping: sampleRate * 2), to: &bytes)
        append16(2, to: &bytes)
        append16(16, to: &bytes)
        bytes += "data".utf8
        append32(UInt32(clamping: dataBytes), to: &bytes)
        return bytes
    }

    /// `samples` as a complete WAV file.
    public static func wav<Samples: Collection<Int16>>(_ samples: Samples, sampleRate: Int) -> [UInt8] {
        var bytes = header(sampleRate: sampleRate, dataBytes: samples.count * 2)
        bytes.reserveCapacity(44 + samples.count * 2)
        appendSamples(samples, to: &bytes)
        return bytes
    }

    /// Appends `samples` little-endian.
    static func appendSamples<Samples: Collection<Int16>>(_ samples: Samples, to bytes: inout [UInt8]) {
        for sample in samples {
            let value = UInt16(bitPattern: sample)
            bytes.append(UInt8(value & 0xFF))
            bytes.append(UInt8(value >> 8))
        }
    }

    static func append16(_ value: UInt16, to bytes: inout [UInt8]) {
        bytes.append(UInt8(value & 0xFF))
        bytes.append(UInt8(value >> 8))
    }

    static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8((value >> UInt32(shift)) & 0xFF)) }
    }
}
