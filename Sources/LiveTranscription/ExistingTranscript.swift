/// What a live transcript already on disk says before listening continues it: who spoke, and whether
/// `--finalize` replaced it.
public struct ExistingTranscript: Sendable, Equatable {
    /// The speakers of its turns (`**Speaker A** [..]: ...` lines), in order of first appearance.
    public var speakers: [String] = []
    /// The file its front matter's `superseded-by:` names, when `--finalize` replaced it.
    public var supersededBy: String?

    /// Reads the transcript at `path`; empty when there is none.
    public static func read(_ path: String) throws(ListenError) -> ExistingTranscript {
        guard let snapshot = try TranscriptFileAccess.snapshot(path) else { return ExistingTranscript() }
        return parse(String(decoding: snapshot.bytes, as: UTF8.self))
    }

    static func parse(_ text: String) -> ExistingTranscript {
        var existing = ExistingTranscript()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.first?.trimmingSuffix == "---" {
            for line in lines.dropFirst() {
                if ["---", "..."].contains(line.trimmingSuffix) { break }
                let parts = line.split(separator: ":", maxSplits: 1)
                if parts.count == 2, parts[0].trimmingSuffix.lowercased() == "superseded-by" {
                    existing.supersededBy = String(parts[1].drop(while: { $0 == " " }).trimmingSuffix)
                }
            }
        }
        for line in lines where line.hasPrefix("**") {
            guard let close = line.dropFirst(2).firstRange(of: "** [") else { continue }
            let name = String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
            if !name.isEmpty, !existing.speakers.contains(name) { existing.speakers.append(name) }
        }
        return existing
    }
}

private extension Substring {
    /// Without trailing spaces, tabs and carriage returns.
    var trimmingSuffix: Substring {
        var text = self
        while let last = text.last, [" ", "\t", "\r"].contains(last) { text.removeLast() }
        return text
    }
}
