import JSONRPC

/// The server's lifecycle per LSP 3.17: what each incoming message is allowed to do in each state.
public struct LifecycleState: Sendable, Hashable {
    /// Where the server is in its life.
    public enum Phase: Sendable, Hashable {
        /// Before a successful `initialize`.
        case uninitialized
        /// Between `initialize` and `shutdown`.
        case running
        /// After `shutdown`: only `exit` is meaningful.
        case shutDown
    }

    /// What to do with a message.
    public enum Admission: Sendable, Hashable {
        case handle
        case reject(ResponseError)
        /// A notification that is silently ignored in this phase.
        case drop
    }

    public private(set) var phase: Phase = .uninitialized

    public init() {}

    /// Decides whether a request may run now.
    public func admitRequest(_ method: String) -> Admission {
        switch phase {
        case .uninitialized:
            method == "initialize" ? .handle : .reject(.serverNotInitialized)
        case .running:
            method == "initialize" ? .reject(.invalidRequest("initialize was already received")) : .handle
        case .shutDown:
            .reject(.invalidRequest("the server is shutting down; only exit is accepted"))
        }
    }

    /// Decides whether a notification may run now; `exit` always does.
    public func admitNotification(_ method: String) -> Admission {
        if method == "exit" { return .handle }
        return phase == .running ? .handle : .drop
    }

    /// Records a successful `initialize` response.
    public mutating func didInitialize() {
        if phase == .uninitialized { phase = .running }
    }

    /// Records `shutdown`.
    public mutating func didShutDown() {
        phase = .shutDown
    }

    /// The process exit code for `exit` or end of input: 0 only after `shutdown`.
    public var exitCode: Int32 { phase == .shutDown ? 0 : 1 }
}
