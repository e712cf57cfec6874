import ModelClient

/// One turn of the live transcript: who spoke, when (seconds from the start of the recording) and what.
public struct LiveTurn: Sendable, Equatable {
    /// The speaker's name as the transcript writes it, e.g. `Speaker A`.
    public var speaker: String
    /// Start, in seconds from the start of the recording.
    public var start: Double
    /// End, in seconds from the start of the recording.
    public var end: Double
    /// What was said, on one line.
    public var text: String

    /// A turn with the given parts.
    public init(speaker: String, start: Double, end: Double, text: String) {
        self.speaker = speaker
        self.start = start
        self.end = end
        self.text = text
    }

    /// The transcript line: `**Speaker A** [00:01:05]: text`, as `transcribe` writes it.
    public var line: String {
        "**\(speaker)** [\(TranscriptionResult.timestamp(start))]: \(text)"
    }
}
