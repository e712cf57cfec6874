#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Synchronization

/// Ctrl-C (SIGINT) and SIGTERM while listening: the first one runs `onStop` (listening ends cleanly); a second
/// one exits at once with 130, for a user who will not wait for pending retries.
final class ListenSignals {
    private let sources: [any DispatchSourceSignal]

    /// Starts handling the signals; `onStop` runs on a dispatch queue.
    init(onStop: @escaping @Sendable () -> Void) {
        let count = CounterBox()
        sources = [SIGINT, SIGTERM].map { number in
            // Ignored by the default handler, so only the dispatch source sees it.
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                if count.increment() == 1 {
                    onStop()
                } else {
                    StandardOutput.error("\ninterrupted again: stopping without waiting for pending chunks")
                    exit(130)
                }
            }
            source.resume()
            return source
        }
    }

    /// Stops handling the signals (their default action again).
    func cancel() {
        for source in sources { source.cancel() }
        signal(SIGINT, SIG_DFL)
        signal(SIGTERM, SIG_DFL)
    }

    private final class CounterBox: Sendable {
        private let value = Mutex(0)
        func increment() -> Int { value.withLock { $0 += 1; return $0 } }
    }
}
