#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import LiveTranscription
import Testing

@Suite struct AudioReaderTests {
    /// Everything `bytes` holds, read back through a pipe as `listen` reads stdin.
    private func readAll(_ bytes: [UInt8], raw: AudioFormat = AudioFormat(sampleRate: 16000, channels: 1)) throws -> (AudioFormat, [Int16]) {
        var fds: [Int32] = [-1, -1]
        #expect(pipe(&fds) == 0)
        _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
        close(fds[1])
        let reader = try AudioReader(descriptor: fds[0], ownsDescriptor: true, rawFormat: raw)
        var samples: [Int16] = []
        while let block = try reader.next() { samples += block }
        return (reader.format, samples)
    }

    @Test func aStreamingStereoWAVFromAPipeIsReadToTheEndAsMono() throws {
        var bytes = Array("RIFF".utf8) + [0xFF, 0xFF, 0xFF, 0xFF] + Array("WAVEfmt ".utf8) + [16, 0, 0, 0]
        bytes += [1, 0, 2, 0] + [0x80, 0xBB, 0, 0] + [0, 0xEE, 2, 0] + [4, 0, 16, 0]
        bytes += Array("data".utf8) + [0xFF, 0xFF, 0xFF, 0xFF]
        // Three frames: (10, 30), (-10, -30), (100, 100).
        bytes += [10, 0, 30, 0, 0xF6, 0xFF, 0xE2, 0xFF, 100, 0, 100, 0]
        let (format, samples) = try readAll(bytes)
        #expect(format.sampleRate == 48000)
        #expect(samples == [20, -20, 100])
    }

    @Test func rawInputUsesTheGivenFormat() throws {
        let (format, samples) = try readAll([1, 0, 2, 0, 3, 0], raw: AudioFormat(sampleRate: 8000, channels: 1))
        #expect(format == AudioFormat(sampleRate: 8000, channels: 1))
        #expect(samples == [1, 2, 3])
    }

    @Test func aWAVWithTrailingChunksStopsAtItsDeclaredSize() throws {
        let bytes = WAVEncoder.wav([5, 6], sampleRate: 16000) + Array("LIST".utf8) + [4, 0, 0, 0, 1, 2, 3, 4]
        #expect(try readAll(bytes).1 == [5, 6])
    }

    @Test func anInputEndingInsideItsHeaderIsAClearError() {
        #expect(throws: ListenError("the WAV input ends inside its header")) {
            _ = try readAll(Array(WAVEncoder.header(sampleRate: 16000, dataBytes: 0).prefix(20)))
        }
    }
}
