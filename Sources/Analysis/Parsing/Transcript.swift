/// Who a transcript speaker is in the interview.
public enum SpeakerRole: String, Sendable, Hashable {
    case interviewer
    case candidate
    case unknown
}

/// A parsed transcript or notes file: its turns in order.
public struct Transcript: Sendable, Hashable {
    public var turns: [Turn]

    /// One speaker's contribution: a cue, a `Speaker: text` line, or a paragraph of notes.
    public struct Turn: Sendable, Hashable {
        /// Speaker name as written, nil for unattributed notes.
        public var speaker: String?
        public var role: SpeakerRole
        /// Timestamp as `hh:mm:ss` when present.
        public var timestamp: String?
        /// The spoken text without speaker label, timestamp or voice tags.
        public var text: String
        /// Range of `text` in the document (for VTT/SRT: the cue's text line(s)).
        public var range: SourceRange

        public init(speaker: String?, role: SpeakerRole, timestamp: String?, text: String, range: SourceRange) {
            self.speaker = speaker
            self.role = role
            self.timestamp = timestamp
            self.text = text
            self.range = range
        }
    }

    public init(turns: [Turn]) {
        self.turns = turns
    }
}
