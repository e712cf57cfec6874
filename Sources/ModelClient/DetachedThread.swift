#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs blocking work on a new detached POSIX thread, in place of Foundation's `Thread` (see `Lock` for why).
enum DetachedThread {
    /// Starts `body` on its own thread; returns false when no thread could be created (nothing ran).
    /// (Unnamed: Glibc's module map does not export `pthread_setname_np`.)
    @discardableResult
    static func start(_ body: @escaping @Sendable () -> Void) -> Bool {
        // The closure travels through the userdata pointer: a capturing closure converted to
        // @convention(c) crashes this compiler.
        let box = Unmanaged.passRetained(Box(body)).toOpaque()
        var thread = pthread_t()
        let started = pthread_create(&thread, nil, { userdata in
            guard let userdata else { return nil }
            Unmanaged<Box>.fromOpaque(userdata).takeRetainedValue().body()
            return nil
        }, box)
        guard started == 0 else {
            Unmanaged<Box>.fromOpaque(box).release()
            return false
        }
        pthread_detach(thread)
        return true
    }

    private final class Box: Sendable {
        let body: @Sendable () -> Void
        init(_ body: @escaping @Sendable () -> Void) { self.body = body }
    }
}
