@testable import Analysis
import Testing

/// Work split across cores comes back whole and in order, whatever the count (a session folder of 17 files is indexed this way).
@Suite struct ParallelMapTests {
    @Test(arguments: [0, 1, 2, 15, 16, 17, 18, 31, 33, 100, 241, 16 * 1024 + 1])
    func everyIndexIsMappedOnceAndInOrder(count: Int) {
        #expect(ParallelMap.map(count) { $0 } == Array(0..<count))
    }

    @Test(arguments: [17, 1023, 5000, 16 * 1024 + 7])
    func chunksCoverTheIndicesWithoutOverlap(count: Int) {
        let chunks = ParallelMap.mapChunks(count, minimumChunk: 1) { [$0] }
        #expect(chunks.flatMap { Array($0) } == Array(0..<count))
    }
}
