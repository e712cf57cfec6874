import Synchronization

/// Which incoming requests are pending and which of them the client cancelled.
///
/// The reader thread registers a request before the dispatcher sees it, so a `$/cancelRequest`
/// read together with (or right after) its request always finds it.
public final class RequestTracker: Sendable {
    private struct State {
        var pending: Set<RequestID> = []
        var cancelled: Set<RequestID> = []
    }

    private let state = Mutex(State())

    public init() {}

    /// Records a request read from the stream.
    public func register(_ id: RequestID) {
        state.withLock { _ = $0.pending.insert(id) }
    }

    /// Marks a pending request cancelled; a cancel for an unknown or answered request is ignored.
    public func cancel(_ id: RequestID) {
        state.withLock { state in
            if state.pending.contains(id) { state.cancelled.insert(id) }
        }
    }

    /// True when the client cancelled `id` and it has not been answered yet.
    public func isCancelled(_ id: RequestID) -> Bool {
        state.withLock { $0.cancelled.contains(id) }
    }

    /// Forgets an answered request; returns whether it had been cancelled.
    @discardableResult
    public func finish(_ id: RequestID) -> Bool {
        state.withLock { state in
            state.pending.remove(id)
            return state.cancelled.remove(id) != nil
        }
    }
}
