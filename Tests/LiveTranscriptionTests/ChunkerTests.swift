@testable import LiveTranscription
import Testing

@Suite struct ChunkerTests {
    private let rate = LiveTestAudio.rate

    @Test func aChunkEndsInTheSilenceNearTheEndOfItsWindow() {
        var chunker = Chunker(options: Chunker.Options(chunkSeconds: 5), sampleRate: rate)
        // Speech until 4.2 s, silence to 4.6 s, speech again: the cut falls in the pause, not at 5 s.
        let audio = LiveTestAudio.tone(440, seconds: 4.2) + LiveTestAudio.silence(seconds: 0.4) + LiveTestAudio.tone(660, seconds: 3)
        let chunks = chunker.append(audio)
        #expect(chunks.count == 1)
        let cut = Double(chunks[0].samples.count) / Double(rate)
        #expect(cut > 4.2 && cut < 4.6)
        #expect(chunks[0].overlap == 0)
    }

    @Test func withoutSilenceTheChunkIsCutAtItsLength() {
        var chunker = Chunker(options: Chunker.Options(chunkSeconds: 3), sampleRate: rate)
        let chunks = chunker.append(LiveTestAudio.tone(440, seconds: 7))
        #expect(chunks.map(\.index) == [0, 1])
        #expect(chunks.map(\.start) == [0, 3 * rate])
        #expect(chunks[0].samples.count == 3 * rate)
    }

    @Test func laterChunksStartWithThePreviousTailAndTheRestComesAtTheEnd() {
        var chunker = Chunker(options: Chunker.Options(chunkSeconds: 3), sampleRate: rate, firstSample: 100)
        let audio = LiveTestAudio.tone(440, seconds: 4)
        var chunks = chunker.append(Array(audio[..<(rate)]))
        chunks += chunker.append(Array(audio[rate...]))
        if let last = chunker.finish() { chunks.append(last) }
        #expect(chunks.count == 2)
        #expect(chunks[1].start == 100 + 3 * rate)
        #expect(chunks[1].overlap == rate * 3 / 2)
        #expect(chunks[1].samples.count == rate * 3 / 2 + rate)
        #expect(Array(chunks[1].samples.prefix(chunks[1].overlap)) == Array(audio[(rate * 3 / 2)..<(3 * rate)]))
    }

    @Test func aLastScrapShorterThanAFifthOfASecondIsNotSent() {
        var chunker = Chunker(options: Chunker.Options(chunkSeconds: 3), sampleRate: rate)
        _ = chunker.append(LiveTestAudio.tone(440, seconds: 0.1))
        #expect(chunker.finish() == nil)
    }
}
