#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Reads audio from a file descriptor (a file, a pipe, stdin) as mono samples: a stream that starts with
/// "RIFF" is read as WAV (its header gives the format), anything else as raw PCM in the given format.
///
/// Every call blocks: use it from a thread of its own (`BlockingWork.start`).
public final class AudioReader: Sendable {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private let stopped = Atomic<Bool>(false)
    private let state: Mutex<State>

    private struct State {
        var decoder: PCMDecoder
        /// Sample bytes still allowed by the WAV header's declared size; nil to read until EOF.
        var remaining: Int?
        /// Bytes read while looking for the header that belong to the samples.
        var pending: [UInt8] = []
    }

    /// How long one poll waits before looking at the stop flag again.
    private static let pollMilliseconds: Int32 = 100
    private static let readSize = 16 * 1024

    /// Opens `path` for reading (not following a final symbolic link is not needed: nothing is written).
    public convenience init(path: String, rawFormat: AudioFormat) throws(ListenError) {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ListenError("cannot read \(path): \(String(cString: strerror(errno)))") }
        try self.init(descriptor: descriptor, ownsDescriptor: true, rawFormat: rawFormat)
    }

    /// Reads `descriptor` (closed on deinit when `ownsDescriptor`); the first bytes decide WAV or raw PCM.
    public init(descriptor: Int32, ownsDescriptor: Bool, rawFormat: AudioFormat) throws(ListenError) {
        self.descriptor = descriptor
        self.ownsDescriptor = ownsDescriptor
        state = Mutex(State(decoder: PCMDecoder(format: rawFormat), remaining: nil))
        do {
            try readHeader(rawFormat: rawFormat)
        } catch {
            if ownsDescriptor { close(descriptor) }
            throw error
        }
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// The layout of the samples read (mono after `next`, whatever the input had).
    public var format: AudioFormat { state.withLock { $0.decoder.format } }

    /// Makes `next` return nil within a poll interval, as at the end of the input.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }

    /// The next mono samples, nil at the end of the input or after `stop`; an empty array when the poll timed out.
    public func next() throws(ListenError) -> [Int16]? {
        let pending = state.withLock { state -> [UInt8] in
            defer { state.pending = [] }
            return state.pending
        }
        if !pending.isEmpty { return decode(pending) }
        guard let bytes = try readChunk() else { return nil }
        return bytes.isEmpty ? [] : decode(bytes)
    }

    private func decode(_ bytes: [UInt8]) -> [Int16]? {
        state.withLock { state in
            var bytes = bytes[...]
            if let remaining = state.remaining {
                guard remaining > 0 else { return nil }
                bytes = bytes.prefix(remaining)
                state.remaining = remaining - bytes.count
            }
            return state.decoder.decode(bytes)
        }
    }

    /// Reads the WAV header when the stream has one; otherwise the first bytes are kept as samples.
    private func readHeader(rawFormat: AudioFormat) throws(ListenError) {
        var bytes: [UInt8] = []
        while bytes.count < 4 {
            guard let more = try readChunk() else { break }
            bytes += more
        }
        guard WAVHeader.looksLikeWAV(bytes) else {
            state.withLock { $0.pending = bytes }
            return
        }
        while true {
            switch try WAVHeader.parse(bytes) {
            case .header(let header):
                state.withLock { state in
                    state.decoder = PCMDecoder(format: header.format)
                    state.remaining = header.dataSize
                    state.pending = Array(bytes[min(header.dataOffset, bytes.count)...])
                }
                return
            case .needMore:
                guard let more = try readChunk() else { throw ListenError("the WAV input ends inside its header") }
                bytes += more
            }
        }
    }

    /// Up to `readSize` bytes; empty when nothing arrived within a poll interval; nil at EOF or after `stop`.
    private func readChunk() throws(ListenError) -> [UInt8]? {
        while true {
            if stopped.load(ordering: .relaxed) { return nil }
            var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Self.pollMilliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                throw ListenError("cannot read the audio input: \(String(cString: strerror(errno)))")
            }
            if ready == 0 { return [] }
            var buffer = [UInt8](repeating: 0, count: Self.readSize)
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                throw ListenError("cannot read the audio input: \(String(cString: strerror(errno)))")
            }
            if count == 0 { return nil }
            return Array(buffer.prefix(count))
        }
    }
}
