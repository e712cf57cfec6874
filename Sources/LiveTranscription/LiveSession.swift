import Blocking
import ModelClient

/// Sends chunks to the transcriber as they are cut, up to `maximumInFlight` at once, and writes their turns in order.
///
/// A chunk that fails (network fault, timeout, 408, 429, 5xx) stays pending (its audio is in memory and in the
/// recording) and is tried again after a backoff while later chunks go on; its turns are placed before those of
/// later chunks when it succeeds. A chunk the server refuses (400, 413, …) is given up after
/// `RetryOptions.refusedChunkTries` tries; an error every chunk would meet (401, 403, 404) stops all sending.
/// What is given up is named by time range and stays in the recording. `finish` waits, within a bound, for
/// what is still pending.
public actor LiveSession {
    /// Requests in flight at most. A file read faster than real time cuts chunks faster than they are answered:
    /// the others wait, earliest chunk first, holding only their audio.
    public static let maximumInFlight = 4

    /// When to try a failed chunk again.
    public struct RetryOptions: Sendable {
        /// First delay, in seconds; doubles per failure of the same chunk.
        public var firstDelay: Double = 1
        /// Longest delay, in seconds.
        public var maximumDelay: Double = 16
        /// Delay while finishing, in seconds: the remaining chunks are tried again quickly until the deadline.
        public var finishingDelay: Double = 1
        /// How long a chunk waits, before it is sent, for the one before it to be answered, so that it carries
        /// the voices that one named (a file read faster than real time cuts chunks faster than they are answered).
        public var previousChunkWait: Double = 2
        /// Tries of a chunk the server refuses (400, 413, a malformed answer) before it is given up.
        public var refusedChunkTries = 3

        /// The default delays.
        public init() {}
    }

    private let transcriber: ChunkTranscriber
    private let writer: TranscriptWriter
    private let retry: RetryOptions
    private let onStatus: @Sendable (LiveStatus) -> Void
    private let log: @Sendable (String) -> Void
    private let lane = BlockingLane()
    private let clock = ContinuousClock()
    private let started: ContinuousClock.Instant
    private var tracker: SpeakerTracker
    private var status = LiveStatus()
    /// Chunks not written yet (in flight or failed), by index.
    private var pending: [Int: AudioChunk] = [:]
    /// Turns of chunks the model has answered, by index (written or waiting for a write to succeed).
    private var transcribed: [Int: [LiveTurn]] = [:]
    private var failures: [Int: Int] = [:]
    private var sleeping: [Int: Task<Void, Never>] = [:]
    private var running: [Int: Task<Void, Never>] = [:]
    private var finishing = false
    /// Set once an error every chunk would meet (an auth error) stopped the sending.
    private var stopped = false
    /// The recording's stretches given up (refused chunks, chunks not sent after a stop), in seconds.
    private var givenUp: [ClosedRange<Double>] = []
    /// Chunks whose speakers are resolved, or whose first try failed: a later chunk's speakers wait for the
    /// chunk before it to be settled, so the overlap can be matched against its turns.
    private var settled: Set<Int> = []
    private var settledWaiters: [Int: [CheckedContinuation<Void, Never>]] = [:]
    /// Requests being sent, and the chunks waiting for one of the `maximumInFlight` places.
    private var inFlight = 0
    private var slotWaiters: [(index: Int, continuation: CheckedContinuation<Void, Never>)] = []
    /// The time each written chunk added to its way, apart from the model: cut → request handed to the
    /// transcriber, and answer → turns on disk.
    public private(set) var addedLatencies: [Duration] = []

    /// A session sending chunks to `transcriber` and writing turns with `writer`, new voices named other than
    /// `takenNames` (the speakers of a transcript being continued); `onStatus` is called after every request,
    /// `log` with every failure.
    public init(transcriber: ChunkTranscriber, writer: TranscriptWriter, takenNames: [String] = [],
                retry: RetryOptions = RetryOptions(),
                onStatus: @escaping @Sendable (LiveStatus) -> Void = { _ in },
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        tracker = SpeakerTracker(takenNames: takenNames)
        self.transcriber = transcriber
        self.writer = writer
        self.retry = retry
        self.onStatus = onStatus
        self.log = log
        started = clock.now
    }

    /// The names of the speakers heard so far, with a clip of each (for a final transcript that keeps them).
    public var knownSpeakers: [KnownSpeaker] { tracker.knownSpeakers }

    /// The status as it is now.
    public var currentStatus: LiveStatus {
        var current = status
        current.elapsedSeconds = elapsed
        return current
    }

    /// Starts transcribing `chunk` (cut at `cut`, for the added-latency figure); once sending stopped, only
    /// notes its range as untranscribed.
    public func submit(_ chunk: AudioChunk, cutAt cut: ContinuousClock.Instant? = nil) {
        guard !stopped else { return giveUp(chunk) }
        pending[chunk.index] = chunk
        start(chunk, after: 0, cut: cut ?? clock.now)
    }

    /// Waits until every chunk is written or `timeout` has passed; pending retries are tried again without
    /// their backoff. Returns the chunks still not written, in order.
    public func finish(timeout: Duration) async -> [AudioChunk] {
        finishing = true
        for (index, task) in sleeping {
            task.cancel()
            if let chunk = pending[index] { start(chunk, after: 0, cut: clock.now) }
        }
        let deadline = clock.now + timeout
        while !pending.isEmpty, clock.now < deadline {
            try? await Task.sleep(for: .milliseconds(20))
        }
        for task in running.values { task.cancel() }
        for task in sleeping.values { task.cancel() }
        // The cancelled chunks still waiting for a place wake to find themselves cancelled.
        let waiters = slotWaiters
        slotWaiters = []
        inFlight += waiters.count
        for waiter in waiters { waiter.continuation.resume() }
        return pending.values.sorted { $0.index < $1.index }
    }

    /// The recording's stretches with no transcript: the chunks given up and `left` (those `finish` returned),
    /// in order, touching ones merged.
    public func untranscribed(besides left: [AudioChunk]) -> [ClosedRange<Double>] {
        var merged: [ClosedRange<Double>] = []
        for range in (givenUp + left.map(Self.ownAudio)).sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, range.lowerBound <= last.upperBound + 0.001 {
                merged[merged.count - 1] = last.lowerBound...max(last.upperBound, range.upperBound)
            } else {
                merged.append(range)
            }
        }
        return merged
    }

    private var elapsed: Double { Self.seconds(started.duration(to: clock.now)) }

    private func start(_ chunk: AudioChunk, after delay: Double, cut: ContinuousClock.Instant) {
        let index = chunk.index
        sleeping[index] = nil
        let task = Task { [weak self] in
            if delay > 0 {
                do { try await Task.sleep(for: .seconds(delay)) } catch { return }
            }
            await self?.attempt(chunk, cut: delay > 0 ? nil : cut)
        }
        if delay > 0 { sleeping[index] = task } else { running[index] = task }
    }

    /// One try: transcribe (unless an earlier try did and only the write failed), name the speakers, write.
    private func attempt(_ chunk: AudioChunk, cut: ContinuousClock.Instant?) async {
        let index = chunk.index
        // A retry woken just as `finish` restarted it without its backoff: the restarted one goes on.
        guard !Task.isCancelled else { return }
        sleeping[index] = nil
        defer { running[index] = nil }
        var handed = clock.now
        var answered = handed
        do {
            if transcribed[index] == nil {
                guard let answer = try await send(chunk) else { return giveUp(chunk) }
                handed = answer.handed
                answered = clock.now
                status.latencies.append(Self.seconds(handed.duration(to: answered)))
                await waitUntilSettled(index - 1)
                transcribed[index] = tracker.turns(for: chunk, segments: answer.segments, previous: transcribed[index - 1],
                                                   referencesSent: answer.referencesSent)
                settle(index)
            }
            let turns = transcribed[index] ?? []
            let writer = writer
            try await lane.run { Result<Void, ListenError>(catching: { () throws(ListenError) in try writer.place(turns, chunk: index) }) }.get()
            if let cut { addedLatencies.append(cut.duration(to: handed) + answered.duration(to: clock.now)) }
            pending[index] = nil
            status.chunksDone += 1
        } catch is CancellationError {
            settle(index)
            return
        } catch {
            let count = (failures[index] ?? 0) + 1
            failures[index] = count
            settle(index)
            status.failures += 1
            let failed = "chunk \(index + 1) (\(Self.range(chunk))) failed: \(error)"
            switch ChunkFailure(error) {
            case .session where transcribed[index] == nil:
                stop(after: chunk, failed)
            case .chunk where count >= retry.refusedChunkTries:
                log("\(failed); given up after \(count) tries: its audio is in the recording, not transcribed")
                giveUp(chunk)
            default:
                let delay = finishing ? retry.finishingDelay : min(retry.maximumDelay, retry.firstDelay * Double(1 << min(count - 1, 16)))
                log("\(failed); trying again in \(Int(delay.rounded(.up))) s")
                start(chunk, after: delay, cut: clock.now)
            }
        }
        status.pendingRetries = pending.keys.filter { failures[$0] != nil }.count
        onStatus(currentStatus)
    }

    /// Stops sending: every chunk would fail as `chunk` did. The chunks waiting for a try are given up, and so are
    /// those cut from now on; chunks already in flight finish.
    private func stop(after chunk: AudioChunk, _ failed: String) {
        guard !stopped else { return giveUp(chunk) }
        stopped = true
        let waiting = [chunk] + sleeping.keys.compactMap { index in transcribed[index] == nil ? pending[index] : nil }
        let from = waiting.map(\.startSeconds).min() ?? chunk.startSeconds
        log("\(failed); every chunk would fail the same way, so no more audio is sent: from "
            + "\(TranscriptionResult.timestamp(from)) on it is kept in the recording, not transcribed")
        for waiter in waiting {
            sleeping.removeValue(forKey: waiter.index)?.cancel()
            giveUp(waiter)
        }
    }

    /// Forgets `chunk` (its audio stays in the recording) and notes its range as untranscribed.
    private func giveUp(_ chunk: AudioChunk) {
        pending[chunk.index] = nil
        givenUp.append(Self.ownAudio(chunk))
        status.untranscribed += 1
        settle(chunk.index)
    }

    private static func ownAudio(_ chunk: AudioChunk) -> ClosedRange<Double> {
        chunk.startSeconds...max(chunk.startSeconds, chunk.endSeconds)
    }

    /// Sends `chunk` once a place is free and the chunk before it is answered (or `previousChunkWait` has
    /// passed), with the voices named so far; nil, without sending, once sending stopped.
    private func send(_ chunk: AudioChunk) async throws
        -> (segments: [TranscriptionResult.Segment], referencesSent: [String], handed: ContinuousClock.Instant)? {
        let index = chunk.index
        try await acquireSlot(for: index)
        defer { releaseSlot() }
        let waitUntil = clock.now + .milliseconds(Int(retry.previousChunkWait * 1000))
        while pending[index - 1] != nil, !settled.contains(index - 1), clock.now < waitUntil {
            try await Task.sleep(for: .milliseconds(10))
        }
        guard !stopped else { return nil }
        let upload = ChunkUpload(wav: WAVEncoder.wav(chunk.samples, sampleRate: chunk.sampleRate),
                                 fileName: "chunk-\(index + 1).wav", knownSpeakers: tracker.knownSpeakers)
        let handed = clock.now
        status.chunksSent += 1
        return (try await transcriber.transcribe(upload), upload.knownSpeakers.map(\.name), handed)
    }

    /// Returns once a request may be sent for chunk `index` (at once while fewer than `maximumInFlight` are);
    /// the earliest waiting chunk goes first. Throws when cancelled meanwhile, holding no place.
    private func acquireSlot(for index: Int) async throws {
        if inFlight < Self.maximumInFlight, slotWaiters.isEmpty {
            inFlight += 1
        } else {
            // `releaseSlot` hands its place over: `inFlight` already counts this chunk when it resumes.
            await withCheckedContinuation { slotWaiters.append((index, $0)) }
        }
        if Task.isCancelled {
            releaseSlot()
            throw CancellationError()
        }
    }

    private func releaseSlot() {
        guard let next = slotWaiters.indices.min(by: { slotWaiters[$0].index < slotWaiters[$1].index }) else {
            inFlight -= 1
            return
        }
        slotWaiters.remove(at: next).continuation.resume()
    }

    /// Returns once chunk `index` is settled (at once for a chunk before the first or never submitted).
    private func waitUntilSettled(_ index: Int) async {
        guard index >= 0, !settled.contains(index), pending[index] != nil else { return }
        await withCheckedContinuation { settledWaiters[index, default: []].append($0) }
    }

    private func settle(_ index: Int) {
        settled.insert(index)
        for waiter in settledWaiters.removeValue(forKey: index) ?? [] { waiter.resume() }
    }

    /// `00:00:05–00:00:10`: the chunk's own audio in the recording.
    public static func range(_ chunk: AudioChunk) -> String {
        range(ownAudio(chunk))
    }

    /// `00:00:05–00:00:10`: a stretch of the recording, in seconds.
    public static func range(_ seconds: ClosedRange<Double>) -> String {
        "\(TranscriptionResult.timestamp(seconds.lowerBound))–\(TranscriptionResult.timestamp(seconds.upperBound.rounded(.up)))"
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
