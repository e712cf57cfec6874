import Analysis

/// What a live transcript already on disk says before listening continues it: who spoke, and whether
/// `--finalize` replaced it.
public struct ExistingTranscript: Sendable, Equatable {
    /// The speakers of its turns, as the engine reads them, in order of first appearance.
    public var speakers: [String] = []
    /// The file its front matter's `superseded-by:` names, when `--finalize` replaced it.
    public var supersededBy: String?

    /// Reads the transcript at `path`; empty when there is none.
    public static func read(_ path: String) throws(ListenError) -> ExistingTranscript {
        guard let snapshot = try TranscriptFileAccess.snapshot(path) else { return ExistingTranscript() }
        return parse(String(decoding: snapshot.bytes, as: UTF8.self))
    }

    /// Read with the engine's own readers: the front matter as every session file's, the turns as a transcript's.
    static func parse(_ text: String) -> ExistingTranscript {
        let source = SourceText(text)
        var existing = ExistingTranscript(supersededBy: FrontMatter.parse(source)?.values["superseded-by"])
        for turn in TranscriptParser.parse(source, path: "transcript.md").turns {
            if let name = turn.speaker, !existing.speakers.contains(name) { existing.speakers.append(name) }
        }
        return existing
    }
}
