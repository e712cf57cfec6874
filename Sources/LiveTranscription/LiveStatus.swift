import ModelClient

/// What the status line on stderr shows while listening.
public struct LiveStatus: Sendable, Equatable {
    /// Seconds since listening started.
    public var elapsedSeconds: Double = 0
    /// Requests sent, retries included.
    public var chunksSent = 0
    /// Chunks whose turns are written.
    public var chunksDone = 0
    /// Seconds from upload to answer of each chunk that succeeded, in order.
    public var latencies: [Double] = []
    /// Requests that failed.
    public var failures = 0
    /// Chunks that failed and wait for another try.
    public var pendingRetries = 0
    /// Chunks given up (refused, or not sent once sending stopped): their audio is only in the recording.
    public var untranscribed = 0

    /// An empty status.
    public init() {}

    /// The median of `latencies`, nil before the first answer.
    public var medianLatency: Double? {
        guard !latencies.isEmpty else { return nil }
        let sorted = latencies.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// One line: `listening 00:01:25 · 17 chunks sent · latency 820 ms (median 790 ms) · 1 failed, 1 pending retry`.
    public var line: String {
        var parts = ["listening \(TranscriptionResult.timestamp(elapsedSeconds))",
                     "\(chunksSent) chunk\(chunksSent == 1 ? "" : "s") sent"]
        if let last = latencies.last, let median = medianLatency {
            parts.append("latency \(Self.milliseconds(last)) (median \(Self.milliseconds(median)))")
        }
        if failures > 0 || pendingRetries > 0 {
            parts.append("\(failures) failed, \(pendingRetries) pending retr\(pendingRetries == 1 ? "y" : "ies")")
        }
        if untranscribed > 0 { parts.append("\(untranscribed) not transcribed") }
        return parts.joined(separator: " · ")
    }

    /// The line as written to stderr: redrawn in place on a terminal (`\r`, then clear to the end of the
    /// line), one line each time otherwise (a log file, a pipe).
    public func rendered(terminal: Bool) -> String {
        terminal ? "\r" + line + "\u{1B}[K" : line + "\n"
    }

    static func milliseconds(_ seconds: Double) -> String {
        "\(Int((seconds * 1000).rounded())) ms"
    }
}
