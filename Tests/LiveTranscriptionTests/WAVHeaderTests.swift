@testable import LiveTranscription
import Testing

@Suite struct WAVHeaderTests {
    @Test func aPlainMonoHeaderGivesItsFormatAndDataOffset() throws {
        let bytes = WAVEncoder.wav([1, 2, 3], sampleRate: 16000)
        let outcome = try WAVHeader.parse(bytes)
        #expect(outcome == .header(WAVHeader(format: AudioFormat(sampleRate: 16000, channels: 1), dataOffset: 44, dataSize: 6)))
    }

    @Test func aStreamingHeaderWithAHugeDataSizeIsReadUntilTheEnd() throws {
        var bytes = WAVEncoder.header(sampleRate: 8000, dataBytes: 0)
        // arecord writing to a pipe cannot know the size and declares the largest it can.
        bytes.replaceSubrange(40..<44, with: [0xF0, 0xFF, 0xFF, 0x7F])
        guard case .header(let header) = try WAVHeader.parse(bytes) else { Issue.record("no header"); return }
        #expect(header.dataSize == nil)
        #expect(header.format.sampleRate == 8000)
    }

    @Test func chunksBeforeTheDataAreSkippedAndAStereoExtensibleFormatIsRead() throws {
        var bytes = Array("RIFF".utf8) + [0, 0, 0, 0] + Array("WAVE".utf8)
        bytes += Array("LIST".utf8) + [3, 0, 0, 0] + [1, 2, 3, 0]
        bytes += Array("fmt ".utf8) + [40, 0, 0, 0]
        bytes += [0xFE, 0xFF, 2, 0] + [0x44, 0xAC, 0, 0] + [0x10, 0xB1, 2, 0] + [4, 0, 16, 0]
        bytes += [22, 0, 16, 0, 3, 0, 0, 0] + [1, 0] + [UInt8](repeating: 0, count: 14)
        bytes += Array("data".utf8) + [8, 0, 0, 0]
        guard case .header(let header) = try WAVHeader.parse(bytes) else { Issue.record("no header"); return }
        #expect(header.format == AudioFormat(sampleRate: 44100, channels: 2))
        #expect(header.dataOffset == bytes.count)
    }

    @Test func aShortPrefixAsksForMoreBytes() throws {
        let bytes = WAVEncoder.header(sampleRate: 16000, dataBytes: 10)
        #expect(try WAVHeader.parse(Array(bytes.prefix(30))) == .needMore)
    }

    @Test func otherFormatsAreClearErrors() {
        #expect(throws: ListenError("not a WAV file (no RIFF header)")) { try WAVHeader.parse(Array("ID3\u{3}xxxxxxxxxxx".utf8)) }
        var float = WAVEncoder.header(sampleRate: 16000, dataBytes: 0)
        float[20] = 3
        #expect(throws: ListenError("WAV audio is not PCM (format 3); convert it to 16-bit PCM")) { try WAVHeader.parse(float) }
        var eightBit = WAVEncoder.header(sampleRate: 16000, dataBytes: 0)
        eightBit[34] = 8
        #expect(throws: ListenError("WAV audio has 8-bit samples; only 16-bit PCM is read")) { try WAVHeader.parse(eightBit) }
    }

    @Test func stereoSamplesAreAveragedToMonoAcrossReadsOfAnySize() {
        var decoder = PCMDecoder(format: AudioFormat(sampleRate: 16000, channels: 2))
        // Frames (100, 300) and (-200, -400), split in the middle of a sample.
        let bytes: [UInt8] = [100, 0, 0x2C, 1, 0x38, 0xFF, 0x70, 0xFE]
        let first = decoder.decode(bytes.prefix(3))
        let second = decoder.decode(bytes.dropFirst(3))
        #expect(first == [])
        #expect(second == [200, -300])
    }

    @Test func encodingAndReadingBackGiveTheSameSamples() throws {
        let samples: [Int16] = [0, 1, -1, .max, .min, 1234, -4321]
        let bytes = WAVEncoder.wav(samples, sampleRate: 22050)
        guard case .header(let header) = try WAVHeader.parse(bytes) else { Issue.record("no header"); return }
        var decoder = PCMDecoder(format: header.format)
        #expect(decoder.decode(bytes[header.dataOffset...]) == samples)
        #expect(header.dataSize == samples.count * 2)
    }
}
