@testable import LiveTranscription
import ModelClient
import Synchronization
import Testing

/// A transcriber that answers from a script: each chunk file name's segments, failing the first tries listed.
private final class ScriptedTranscriber: ChunkTranscriber {
    struct Failure: Error {}
    let segments: [String: [TranscriptionResult.Segment]]
    private let failuresLeft: Mutex<[String: Int]>
    let uploads = Mutex<[ChunkUpload]>([])

    let error: any Error

    init(segments: [String: [TranscriptionResult.Segment]], failing: [String: Int] = [:], with error: any Error = Failure()) {
        self.segments = segments
        failuresLeft = Mutex(failing)
        self.error = error
    }

    func transcribe(_ upload: ChunkUpload) async throws -> [TranscriptionResult.Segment] {
        uploads.withLock { $0.append(upload) }
        let fails = failuresLeft.withLock { left -> Bool in
            guard let count = left[upload.fileName], count > 0 else { return false }
            left[upload.fileName] = count - 1
            return true
        }
        if fails { throw error }
        return segments[upload.fileName] ?? []
    }
}

/// A transcriber that takes a while to answer and counts the requests it is answering at once.
private final class SlowTranscriber: ChunkTranscriber {
    private let state = Mutex((current: 0, most: 0, order: [String]()))

    var mostAtOnce: Int { state.withLock { $0.most } }
    var order: [String] { state.withLock { $0.order } }

    func transcribe(_ upload: ChunkUpload) async throws -> [TranscriptionResult.Segment] {
        state.withLock {
            $0.current += 1
            $0.most = max($0.most, $0.current)
            $0.order.append(upload.fileName)
        }
        defer { state.withLock { $0.current -= 1 } }
        try await Task.sleep(for: .milliseconds(100))
        return [LiveTestAudio.segment("A", 0, 1, upload.fileName)]
    }
}

@Suite struct LiveSessionTests {
    private typealias Audio = LiveTestAudio

    private func retryQuickly() -> LiveSession.RetryOptions {
        var options = LiveSession.RetryOptions()
        options.firstDelay = 0.05
        options.finishingDelay = 0.05
        return options
    }

    @Test func aChunkThatFailedIsRetriedAndItsTurnsLandInOrder() async throws {
        let path = Audio.folder() + "/transcript.md"
        let transcriber = ScriptedTranscriber(segments: [
            "chunk-1.wav": [Audio.segment("A", 0, 1, "One?")],
            "chunk-2.wav": [Audio.segment("B", 0, 1, "Two.")],
            "chunk-3.wav": [Audio.segment("A", 0, 1, "Three?")],
        ], failing: ["chunk-2.wav": 2])
        let log = Mutex<[String]>([])
        let session = LiveSession(transcriber: transcriber, writer: TranscriptWriter(path: path), retry: retryQuickly(),
                                  log: { line in log.withLock { $0.append(line) } })
        for index in 0..<3 { await session.submit(Audio.chunk(index, start: Double(index) * 5, overlap: 0, seconds: 5)) }
        let left = await session.finish(timeout: .seconds(10))
        #expect(left.isEmpty)
        let text = String(decoding: try #require(try TranscriptFileAccess.snapshot(path)).bytes, as: UTF8.self)
        #expect(text.hasSuffix("**Speaker A** [00:00:00]: One?\n**Speaker B** [00:00:05]: Two.\n**Speaker A** [00:00:10]: Three?\n"))
        #expect(log.withLock { $0.count } == 2)
        #expect(log.withLock { $0[0] }.hasPrefix("chunk 2 (00:00:05–00:00:10) failed"))
        let status = await session.currentStatus
        #expect(status.failures == 2 && status.pendingRetries == 0 && status.chunksDone == 3 && status.chunksSent == 5)
    }

    @Test func whatIsStillFailingAtTheDeadlineIsReturnedAndNothingElseIsLost() async throws {
        let path = Audio.folder() + "/transcript.md"
        let transcriber = ScriptedTranscriber(segments: ["chunk-1.wav": [Audio.segment("A", 0, 1, "One?")]],
                                              failing: ["chunk-2.wav": 1000])
        let session = LiveSession(transcriber: transcriber, writer: TranscriptWriter(path: path), retry: retryQuickly())
        await session.submit(Audio.chunk(0, start: 0, overlap: 0, seconds: 5))
        #expect(await session.finish(timeout: .seconds(30)).isEmpty)
        await session.submit(Audio.chunk(1, start: 5, overlap: 0, seconds: 5))
        let left = await session.finish(timeout: .milliseconds(300))
        #expect(left.map(\.index) == [1])
        #expect(LiveSession.range(left[0]) == "00:00:05–00:00:10")
    }

    @Test func aChunkTheServerRefusesIsGivenUpAfterAFewTriesAndNamedWhileTheOthersAreWritten() async throws {
        let path = Audio.folder() + "/transcript.md"
        let transcriber = ScriptedTranscriber(segments: [
            "chunk-1.wav": [Audio.segment("A", 0, 1, "One?")],
            "chunk-3.wav": [Audio.segment("A", 0, 1, "Three?")],
        ], failing: ["chunk-2.wav": 1000], with: ModelError.httpStatus(code: 413, message: "too large"))
        let log = Mutex<[String]>([])
        let session = LiveSession(transcriber: transcriber, writer: TranscriptWriter(path: path), retry: retryQuickly(),
                                  log: { line in log.withLock { $0.append(line) } })
        for index in 0..<3 { await session.submit(Audio.chunk(index, start: Double(index) * 5, overlap: 0, seconds: 5)) }
        let left = await session.finish(timeout: .seconds(10))
        #expect(left.map(\.index) == [])
        #expect(transcriber.uploads.withLock { $0.filter { $0.fileName == "chunk-2.wav" }.count } == 3)
        #expect(log.withLock { $0.last ?? "" }.hasPrefix("chunk 2 (00:00:05–00:00:10) failed"))
        #expect(log.withLock { $0.last ?? "" }.contains("given up after 3 tries"))
        #expect(await session.untranscribed(besides: left).map(LiveSession.range) == ["00:00:05–00:00:10"])
        let text = String(decoding: try #require(try TranscriptFileAccess.snapshot(path)).bytes, as: UTF8.self)
        #expect(text.hasSuffix("**Speaker A** [00:00:00]: One?\n**Speaker A** [00:00:10]: Three?\n"))
    }

    @Test func anAuthErrorStopsTheSendingAndNamesWhatIsNotTranscribed() async throws {
        let path = Audio.folder() + "/transcript.md"
        let transcriber = ScriptedTranscriber(segments: [:], failing: ["chunk-1.wav": 1000, "chunk-2.wav": 1000],
                                              with: ModelError.httpStatus(code: 401, message: "bad key"))
        let log = Mutex<[String]>([])
        let session = LiveSession(transcriber: transcriber, writer: TranscriptWriter(path: path), retry: retryQuickly(),
                                  log: { line in log.withLock { $0.append(line) } })
        for index in 0..<4 { await session.submit(Audio.chunk(index, start: Double(index) * 5, overlap: 0, seconds: 5)) }
        let left = await session.finish(timeout: .seconds(10))
        #expect(left.map(\.index) == [])
        #expect(transcriber.uploads.withLock { $0.count } == 1)
        #expect(log.withLock { $0 }.count == 1)
        #expect(log.withLock { $0.first ?? "" }.contains("HTTP 401"))
        #expect(log.withLock { $0.first ?? "" }.contains("no more audio is sent: from 00:00:00 on"))
        #expect(await session.untranscribed(besides: left).map(LiveSession.range) == ["00:00:00–00:00:20"])
        await session.submit(Audio.chunk(4, start: 20, overlap: 0, seconds: 5))
        #expect(transcriber.uploads.withLock { $0.count } == 1)
        #expect(await session.currentStatus.untranscribed == 5)
    }

    @Test func chunksCutFasterThanAnsweredAreSentAtMostFourAtOnceEarliestFirst() async throws {
        let path = Audio.folder() + "/transcript.md"
        let transcriber = SlowTranscriber()
        var options = retryQuickly()
        options.previousChunkWait = 0
        let session = LiveSession(transcriber: transcriber, writer: TranscriptWriter(path: path), retry: options)
        for index in 0..<20 { await session.submit(Audio.chunk(index, start: Double(index), overlap: 0, seconds: 1)) }
        let left = await session.finish(timeout: .seconds(60))
        #expect(left.map(\.index) == [])
        #expect(transcriber.mostAtOnce == LiveSession.maximumInFlight)
        #expect(LiveSession.maximumInFlight == 4)
        // Earliest first: a chunk is sent no later than the other chunks of its place in the queue.
        let sentAt = transcriber.order.enumerated().map { position, name in (position, Int(name.dropFirst(6).dropLast(4)) ?? 0) }
        #expect(sentAt.count == 20 && sentAt.allSatisfy { abs($0.0 - ($0.1 - 1)) < LiveSession.maximumInFlight })
        let text = String(decoding: try #require(try TranscriptFileAccess.snapshot(path)).bytes, as: UTF8.self)
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("**") }.count == 20)
    }

    @Test func laterChunksCarryTheReferenceOfAVoiceNamedBefore() async throws {
        let path = Audio.folder() + "/transcript.md"
        let transcriber = ScriptedTranscriber(segments: [
            "chunk-1.wav": [Audio.segment("A", 0, 3, "A long question?")],
            "chunk-2.wav": [Audio.segment("Speaker A", 0, 1, "Another?")],
        ])
        let session = LiveSession(transcriber: transcriber, writer: TranscriptWriter(path: path))
        await session.submit(Audio.chunk(0, start: 0, overlap: 0, seconds: 5))
        _ = await session.finish(timeout: .seconds(5))
        await session.submit(Audio.chunk(1, start: 5, overlap: 0, seconds: 5))
        _ = await session.finish(timeout: .seconds(5))
        let uploads = transcriber.uploads.withLock { $0 }
        #expect(uploads.map { $0.knownSpeakers.map(\.name) } == [[], ["Speaker A"]])
        #expect(uploads[0].wav.prefix(4) == [0x52, 0x49, 0x46, 0x46])
    }

    @Test func theStatusLineIsRedrawnOnATerminalAndOneLineEachOtherwise() {
        var status = LiveStatus()
        status.elapsedSeconds = 85
        status.chunksSent = 17
        status.latencies = [0.7, 0.9, 0.82]
        status.failures = 1
        status.pendingRetries = 1
        let line = "listening 00:01:25 · 17 chunks sent · latency 820 ms (median 820 ms) · 1 failed, 1 pending retry"
        #expect(status.rendered(terminal: false) == line + "\n")
        #expect(status.rendered(terminal: true) == "\r" + line + "\u{1B}[K")
        #expect(LiveStatus().line == "listening 00:00:00 · 0 chunks sent")
    }
}
