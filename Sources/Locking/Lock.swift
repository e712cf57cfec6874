#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A plain mutex with `lock()`/`unlock()`, in place of Foundation's `NSLock`: the modules stay free of
/// full Foundation, which would link ICU into the executable (start-up time and binary size).
public final class Lock: @unchecked Sendable {
    // @unchecked Sendable: the mutex is what makes concurrent use safe; it lives at a stable heap address.
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)

    public init() {
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Blocks until the lock is held.
    public func lock() {
        pthread_mutex_lock(mutex)
    }

    /// Releases the lock.
    public func unlock() {
        pthread_mutex_unlock(mutex)
    }
}
