/// What part of a document a chunk is; it follows the document's structure.
public enum ChunkKind: String, Sendable, Hashable, CaseIterable {
    /// A JD requirement.
    case requirement
    /// A CV role line ("Senior SRE, Acme Corp (2019 – present)").
    case role
    /// A CV content line (bullet, prose, skill list).
    case entry
    /// A transcript turn, with speaker and timestamp.
    case turn
    /// A line of notes, or a JD line that is not a requirement.
    case line
    /// An overlapping window over long prose.
    case window
}
