extension TranscriptionResult.Segment {
    /// Slack allowed past the audio's end: a model rounds its times.
    static let endSlack: Double = 1

    /// The segment with its times inside `0...duration` (`duration` nil: up to `TranscriptionResult.maximumSeconds`),
    /// or nil when its times are not finite, it starts after the audio ends, or it ends before it starts: a model's
    /// odd answer is dropped rather than written (or crashing a conversion to samples or `hh:mm:ss`).
    public func within(_ duration: Double?) -> Self? {
        let limit = min(duration.map { $0 + Self.endSlack } ?? TranscriptionResult.maximumSeconds, TranscriptionResult.maximumSeconds)
        guard start.isFinite, end.isFinite, start <= limit, end >= 0, end >= start else { return nil }
        var segment = self
        segment.start = max(0, start)
        segment.end = min(end, limit)
        return segment
    }
}
