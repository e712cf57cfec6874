import Blocking
import Dispatch
import Synchronization

/// Holds work (an analysis, a folder read) back while closed, so that it stays pending for as long as a test needs.
final class WorkGate: Sendable {
    private let state = Mutex((closed: false, held: 0))
    private let released = DispatchSemaphore(value: 0)
    private let arrived = DispatchSemaphore(value: 0)

    var isClosed: Bool { state.withLock { $0.closed } }

    func close() {
        state.withLock { $0.closed = true }
    }

    func open() {
        let held = state.withLock { state in
            state.closed = false
            defer { state.held = 0 }
            return state.held
        }
        for _ in 0..<held { released.signal() }
    }

    /// Called by the work: returns at once while open, else when the gate opens.
    func pass() {
        let wait = state.withLock { state in
            if state.closed { state.held += 1 }
            return state.closed
        }
        guard wait else { return }
        arrived.signal()
        released.wait()
    }

    /// Returns once work is held at the gate.
    func workHeld() async {
        await BlockingWork.run { self.arrived.wait() }
    }
}
