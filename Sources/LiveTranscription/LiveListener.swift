/// Listening from start to end: samples from the input, cut into chunks, handed to the session.
public enum LiveListener {
    /// Reads `samples` until they end, submits each chunk `chunker` cuts (and the last, partial one) to
    /// `session`, then waits up to `finishTimeout` for pending chunks; returns those never written.
    /// An input error ends the listening like the end of the input, and is rethrown once the rest is done.
    public static func run(samples: AsyncThrowingStream<[Int16], Error>, chunker: Chunker, session: LiveSession,
                           finishTimeout: Duration) async throws -> [AudioChunk] {
        var chunker = chunker
        var inputError: Error?
        do {
            for try await block in samples {
                for chunk in chunker.append(block) {
                    await session.submit(chunk, cutAt: ContinuousClock.now)
                }
            }
        } catch {
            inputError = error
        }
        if let last = chunker.finish() { await session.submit(last, cutAt: ContinuousClock.now) }
        let left = await session.finish(timeout: finishTimeout)
        if let inputError { throw inputError }
        return left
    }
}
