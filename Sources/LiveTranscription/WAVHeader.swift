/// The header of a RIFF/WAVE file of 16-bit PCM: its format and where the samples start.
public struct WAVHeader: Sendable, Equatable {
    /// The samples' layout.
    public var format: AudioFormat
    /// The offset of the first sample byte.
    public var dataOffset: Int
    /// The declared size of the samples in bytes; nil when it cannot be trusted (0, or a streaming writer's
    /// placeholder), and then the samples run to the end of the input.
    public var dataSize: Int?

    /// What `parse` made of the bytes so far.
    public enum Outcome: Sendable, Equatable {
        /// The header is complete.
        case header(WAVHeader)
        /// The bytes end before the `data` chunk starts: read more.
        case needMore
    }

    /// The most header bytes read before giving up: a real header is under 100 bytes, metadata chunks a few KB.
    static let maximumHeaderBytes = 1 << 20

    /// Streaming writers (`arecord` to a pipe) declare sizes they cannot know; at or above this, read until EOF.
    private static let streamingSize: UInt32 = 0x7FFF_0000

    /// True when `bytes` start as a RIFF file does.
    public static func looksLikeWAV(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 4 && bytes[0..<4].elementsEqual("RIFF".utf8)
    }

    /// Reads the header at the start of `bytes`: `.needMore` until the `data` chunk is reached; an error for
    /// anything but 16-bit PCM on one or two channels.
    public static func parse(_ bytes: [UInt8]) throws(ListenError) -> Outcome {
        guard bytes.count >= 12 else {
            if !bytes.isEmpty, !"RIFF".utf8.starts(with: bytes.prefix(4)) { throw ListenError("not a WAV file (no RIFF header)") }
            return .needMore
        }
        guard looksLikeWAV(bytes) else { throw ListenError("not a WAV file (no RIFF header)") }
        guard bytes[8..<12].elementsEqual("WAVE".utf8) else { throw ListenError("a RIFF file that is not WAVE audio") }
        var offset = 12
        var format: AudioFormat?
        while offset + 8 <= bytes.count {
            let id = String(decoding: bytes[offset..<offset + 4], as: UTF8.self)
            let size = littleEndian32(bytes, at: offset + 4)
            let body = offset + 8
            if id == "data" {
                guard let format else { throw ListenError("WAV data before its fmt chunk") }
                let declared = size == 0 || size >= streamingSize ? nil : Int(size)
                return .header(WAVHeader(format: format, dataOffset: body, dataSize: declared))
            }
            // Chunks are padded to an even size.
            let next = body + Int(size) + Int(size & 1)
            if id == "fmt " {
                guard body + 16 <= bytes.count else { break }
                format = try pcmFormat(bytes, at: body, size: Int(size))
            }
            guard next <= maximumHeaderBytes else { throw ListenError("WAV header larger than 1 MB before the data") }
            offset = next
        }
        if bytes.count > maximumHeaderBytes { throw ListenError("WAV header larger than 1 MB before the data") }
        return .needMore
    }

    /// The format in a `fmt ` chunk; only 16-bit integer PCM (plain or WAVE_FORMAT_EXTENSIBLE) is accepted.
    private static func pcmFormat(_ bytes: [UInt8], at offset: Int, size: Int) throws(ListenError) -> AudioFormat {
        var tag = littleEndian16(bytes, at: offset)
        // WAVE_FORMAT_EXTENSIBLE names the real format in the first two bytes of its sub-format GUID.
        if tag == 0xFFFE, size >= 40, offset + 26 <= bytes.count { tag = littleEndian16(bytes, at: offset + 24) }
        let channels = Int(littleEndian16(bytes, at: offset + 2))
        let rate = Int(littleEndian32(bytes, at: offset + 4))
        let bits = Int(littleEndian16(bytes, at: offset + 14))
        guard tag == 1 else { throw ListenError("WAV audio is not PCM (format \(tag)); convert it to 16-bit PCM") }
        guard bits == 16 else { throw ListenError("WAV audio has \(bits)-bit samples; only 16-bit PCM is read") }
        guard (1...2).contains(channels) else { throw ListenError("WAV audio has \(channels) channels; only mono or stereo is read") }
        guard (1000...384_000).contains(rate) else { throw ListenError("WAV sample rate \(rate) Hz is not usable") }
        return AudioFormat(sampleRate: rate, channels: channels)
    }

    static func littleEndian16(_ bytes: [UInt8], at offset: Int) -> UInt16 {
        UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func littleEndian32(_ bytes: [UInt8], at offset: Int) -> UInt32 {
        UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
