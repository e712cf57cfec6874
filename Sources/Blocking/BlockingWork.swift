#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one way blocking work (curl transfers, SQLite jobs, disk reads, long CPU passes, the protocol's reader
/// loop) leaves Swift's cooperative pool: each job on a POSIX thread of its own.
///
/// A thread per job rather than a shared pool: a minute-long streamed transfer never holds back a hover's
/// read, and no job waits for a pool to notice that its threads are blocked. POSIX threads rather than
/// Foundation's `Thread`, which would link ICU into the executable (start-up time and binary size).
public enum BlockingWork {
    /// The result of `body`, run on a thread of its own; its error is rethrown to the awaiting task.
    /// When no thread can be started (resources exhausted) `body` runs on the calling thread rather than not at all.
    public static func run<T: Sendable, E: Error>(_ body: @escaping @Sendable () throws(E) -> T) async throws(E) -> T {
        let result: Result<T, E> = await withCheckedContinuation { continuation in
            let started = start { continuation.resume(returning: Result(catching: body)) }
            if !started { continuation.resume(returning: Result(catching: body)) }
        }
        return try result.get()
    }

    /// Starts `body` on a thread of its own without waiting for it (a loop that lives as long as its input);
    /// false when no thread could be created, and then nothing ran.
    /// (Unnamed: Glibc's module map does not export `pthread_setname_np`.)
    @discardableResult
    public static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        // The closure travels through the userdata pointer: a capturing closure converted to
        // @convention(c) crashes this compiler (see DESIGN.md).
        let box = Unmanaged.passRetained(Job(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { userdata in
            guard let userdata else { return nil }
            Unmanaged<Job>.fromOpaque(userdata).takeRetainedValue().body()
            return nil
        }, box)
        guard started == 0 else {
            Unmanaged<Job>.fromOpaque(box).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    private final class Job: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
