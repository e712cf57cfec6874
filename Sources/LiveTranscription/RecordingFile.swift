#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// The whole recording as a mono 16-bit WAV file that grows as audio arrives (`DIR/recording.wav`).
///
/// The header's sizes are rewritten every few seconds of audio and on `finish`, so a process killed midway
/// leaves a playable file. An existing recording in the same format is continued, not replaced. Every call
/// blocks (file I/O): use it off the cooperative pool.
public final class RecordingFile: Sendable {
    /// Where the recording is.
    public let path: String
    /// The samples' rate.
    public let sampleRate: Int
    /// Samples already in the file when it was opened: the offset of this listening in the recording.
    public let existingSamples: Int
    private let descriptor: Int32
    /// Samples in the file, and in it when the header was last written; held for a whole write.
    private let counts: Mutex<(samples: Int, atLastHeader: Int)>
    private static let headerBytes = 44

    /// Opens or creates `path` (never through a symbolic link) for samples at `sampleRate`; an existing file
    /// must be a recording this tool wrote at the same rate.
    public init(path: String, sampleRate: Int) throws(ListenError) {
        self.path = path
        self.sampleRate = sampleRate
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP { throw ListenError("\(path) is a symbolic link; not followed, move it away") }
            throw ListenError("cannot write \(path): \(String(cString: strerror(code)))")
        }
        self.descriptor = descriptor
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else {
            close(descriptor)
            throw ListenError("\(path) is not a regular file")
        }
        let size = Int(status.st_size)
        do {
            if size == 0 {
                try Self.write(WAVEncoder.header(sampleRate: sampleRate, dataBytes: 0), to: descriptor, at: 0, path: path)
                existingSamples = 0
            } else {
                existingSamples = try Self.existingSamples(descriptor: descriptor, size: size, sampleRate: sampleRate, path: path)
            }
        } catch {
            close(descriptor)
            throw error
        }
        counts = Mutex((existingSamples, existingSamples))
    }

    deinit {
        close(descriptor)
    }

    /// Samples in the file, those it had and those appended.
    public var sampleCount: Int { counts.withLock { $0.samples } }

    /// Appends `newSamples`; the header is brought up to date every 2 s of audio.
    public func append(_ newSamples: [Int16]) throws(ListenError) {
        guard !newSamples.isEmpty else { return }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(newSamples.count * 2)
        WAVEncoder.appendSamples(newSamples, to: &bytes)
        try counts.withLock { (counts) throws(ListenError) in
            try Self.write(bytes, to: descriptor, at: Self.headerBytes + counts.samples * 2, path: path)
            counts.samples += newSamples.count
            if counts.samples - counts.atLastHeader >= 2 * sampleRate { try updateHeader(&counts) }
        }
    }

    /// Writes the final sizes into the header.
    public func finish() throws(ListenError) {
        try counts.withLock { (counts) throws(ListenError) in try updateHeader(&counts) }
    }

    private func updateHeader(_ counts: inout (samples: Int, atLastHeader: Int)) throws(ListenError) {
        try Self.write(WAVEncoder.header(sampleRate: sampleRate, dataBytes: counts.samples * 2), to: descriptor, at: 0, path: path)
        counts.atLastHeader = counts.samples
    }

    /// The samples of a recording this tool wrote (a 44-byte mono 16-bit header), counted from the file size so
    /// that a header left stale by a killed process does not matter.
    private static func existingSamples(descriptor: Int32, size: Int, sampleRate: Int, path: String) throws(ListenError) -> Int {
        var header = [UInt8](repeating: 0, count: headerBytes)
        let count = header.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count == headerBytes, case .header(let parsed) = try WAVHeader.parse(header),
              parsed.dataOffset == headerBytes, parsed.format.channels == 1 else {
            throw ListenError("\(path) exists and is not a recording written by listen; move it away")
        }
        guard parsed.format.sampleRate == sampleRate else {
            throw ListenError("\(path) was recorded at \(parsed.format.sampleRate) Hz, the input is \(sampleRate) Hz; move it away")
        }
        return (size - headerBytes) / 2
    }

    private static func write(_ bytes: [UInt8], to descriptor: Int32, at offset: Int, path: String) throws(ListenError) {
        var done = 0
        while done < bytes.count {
            let written = bytes[done...].withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, off_t(offset + done)) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { throw ListenError("cannot write \(path): \(String(cString: strerror(errno)))") }
            done += written
        }
    }
}
