import Blocking
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSON
import Logging
import Synchronization

/// A JSON-RPC connection over a pair of file descriptors (stdin/stdout for the server).
///
/// A dedicated thread blocks in `read`, off the cooperative pool; frames are written under a lock.
public final class Connection: Sendable {
    /// Messages in arrival order; finishes at end of input.
    public let incoming: AsyncStream<Incoming>
    /// Pending and cancelled incoming requests.
    public let tracker = RequestTracker()

    private let continuation: AsyncStream<Incoming>.Continuation
    private let input: Int32
    private let writer: FileDescriptorWriter
    private let outgoing = Mutex(OutgoingRequests())
    private let log: Logger

    private struct OutgoingRequests {
        var nextID = 1
        var waiting: [RequestID: CheckedContinuation<JSON, any Error>] = [:]
        var closed = false
    }

    /// A connection reading `input` and writing `output` (stdin and stdout by default); call `start()` to read.
    public init(input: Int32 = 0, output: Int32 = 1, logger: Logger = .shared) {
        (incoming, continuation) = AsyncStream.makeStream(of: Incoming.self)
        self.input = input
        writer = FileDescriptorWriter(descriptor: output)
        log = logger
    }

    /// Starts the reader thread.
    public func start() {
        guard BlockingWork.start({ self.readLoop() }) else {
            log.error("could not start the reader thread")
            continuation.finish()
            return
        }
    }

    /// Sends a notification to the client.
    public func send(_ notification: Notification) {
        write(notification.json)
    }

    /// Sends a response.
    public func send(_ response: Response) {
        write(response.json)
    }

    /// Sends a server→client request and waits for the client's answer.
    public func request(_ method: String, params: JSON?) async throws(ResponseError) -> JSON {
        do {
            return try await withCheckedThrowingContinuation { (waiter: CheckedContinuation<JSON, any Error>) in
                let id: RequestID? = outgoing.withLock { state in
                    guard !state.closed else { return nil }
                    let id = RequestID.string("interview-\(state.nextID)")
                    state.nextID += 1
                    state.waiting[id] = waiter
                    return id
                }
                guard let id else {
                    waiter.resume(throwing: ResponseError.internalError("connection closed"))
                    return
                }
                write(Request(id: id, method: method, params: params).json)
            }
        } catch let error as ResponseError {
            throw error
        } catch {
            throw .internalError("\(error)")
        }
    }

    private func write(_ message: JSON) {
        if !writer.write(FrameEncoder.frame(message)) {
            log.debug("could not write to the client; it has probably gone away")
        }
    }

    private func readLoop() {
        var framer = MessageFramer()
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(input, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            guard count > 0 else { break }
            framer.append(chunk[0..<count])
            var batch: [Incoming] = []
            while let frame = framer.next() { batch.append(decode(frame)) }
            deliver(batch)
        }
        log.info("end of input")
        let waiters = outgoing.withLock { state in
            state.closed = true
            defer { state.waiting.removeAll() }
            return Array(state.waiting.values)
        }
        for waiter in waiters { waiter.resume(throwing: ResponseError.internalError("connection closed")) }
        continuation.finish()
    }

    private func decode(_ frame: MessageFramer.Frame) -> Incoming {
        switch frame {
        case .badHeader(let reason):
            log.warn("bad message header: \(reason)")
            return .parseError("bad message header: \(reason)")
        case .message(let body):
            let json: JSON
            do {
                json = try JSON.parse(body)
            } catch {
                return .parseError("parse error: \(error)")
            }
            do {
                return .message(try Message(json: json))
            } catch {
                return .invalid(error)
            }
        }
    }

    /// Registers every request of the read before handling any cancel in it, so that a request and its
    /// cancel arriving together are answered -32800 deterministically; responses go straight to their waiters.
    private func deliver(_ batch: [Incoming]) {
        for item in batch {
            if case .message(.request(let request)) = item { tracker.register(request.id) }
        }
        for item in batch {
            guard case .message(let message) = item else { continue }
            switch message {
            case .notification(let notification) where notification.method == "$/cancelRequest":
                if let id = notification.params?["id"].flatMap(RequestID.init(json:)) { tracker.cancel(id) }
            case .response(let response):
                resolve(response)
            default:
                break
            }
        }
        for item in batch {
            if case .message(.response) = item { continue }
            continuation.yield(item)
        }
    }

    private func resolve(_ response: Response) {
        guard let id = response.id, let waiter = outgoing.withLock({ $0.waiting.removeValue(forKey: id) }) else {
            log.debug("response to an unknown request \(response.id?.description ?? "null")")
            return
        }
        switch response.result {
        case .success(let value): waiter.resume(returning: value)
        case .failure(let error): waiter.resume(throwing: error)
        }
    }
}
