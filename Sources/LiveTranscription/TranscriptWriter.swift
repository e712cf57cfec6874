import Analysis
import Synchronization

/// Writes the live transcript (`DIR/transcript.md`): each chunk's turns in recording order, whatever order
/// the chunks come back in, without losing what anyone else wrote into the file.
///
/// Every write starts from the file as it is on disk. Turns after everything already written are appended;
/// turns of a chunk that came back late (after a retry) go just before the first line written for a later
/// chunk, through a new file renamed over the old one, and only if the file did not change meanwhile (else the
/// file is read again). Lines someone else added or changed are kept as they are. Nothing is written through
/// a symbolic link. Every call blocks (file I/O): use it off the cooperative pool, one call at a time.
public final class TranscriptWriter: Sendable {
    /// The transcript's path.
    public let path: String
    private let title: String
    /// The lines written for each chunk; held for a whole write, so two writes never interleave.
    private let written = Mutex<[Int: [String]]>([:])

    /// A writer for `path`; a new file starts with `kind: transcript` front matter and `title`.
    public init(path: String, title: String = "Live interview transcript") {
        self.path = path
        self.title = title
    }

    /// Writes `turns`, the transcript of chunk number `chunk`, in order among the chunks written before.
    public func place(_ turns: [LiveTurn], chunk: Int) throws(ListenError) {
        try written.withLock { (linesByChunk) throws(ListenError) in
            try place(turns.map(\.line), chunk: chunk, linesByChunk: &linesByChunk)
        }
    }

    private func place(_ lines: [String], chunk: Int, linesByChunk: inout [Int: [String]]) throws(ListenError) {
        linesByChunk[chunk] = lines
        guard !lines.isEmpty else { return }
        let block = Array((lines.joined(separator: "\n") + "\n").utf8)
        for _ in 0..<5 {
            guard let current = try TranscriptFileAccess.snapshot(path) else {
                if try TranscriptFileAccess.create(path, Array(header.utf8) + block) { return }
                continue
            }
            guard let position = Self.insertionPoint(before: chunk, in: current.bytes, linesByChunk: linesByChunk) else {
                let separator: [UInt8] = current.bytes.isEmpty || current.bytes.last == UInt8(ascii: "\n") ? [] : [UInt8(ascii: "\n")]
                try TranscriptFileAccess.append(separator + block, to: path)
                return
            }
            let updated = Array(current.bytes[..<position]) + block + Array(current.bytes[position...])
            if try TranscriptFileAccess.replace(path, with: updated, expected: current.stamp) { return }
        }
        throw ListenError("\(path) kept changing while the transcript was being written; chunk \(chunk + 1) was not written")
    }

    /// Makes the file stop counting as a transcript (`kind: other`), naming the transcript that replaces it,
    /// so the session does not count the interview twice.
    public func markSuperseded(by replacement: String) throws(ListenError) {
        for _ in 0..<5 {
            guard let current = try TranscriptFileAccess.snapshot(path) else { return }
            let updated = Array(Self.superseded(String(decoding: current.bytes, as: UTF8.self), by: replacement).utf8)
            if updated == current.bytes { return }
            if try TranscriptFileAccess.replace(path, with: updated, expected: current.stamp) { return }
        }
        throw ListenError("\(path) kept changing; its front matter was not switched to kind: other")
    }

    /// `text` with its front matter's kind set to `other` and a `superseded-by:` line (front matter added when
    /// it has none).
    static func superseded(_ text: String, by replacement: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let marker = "superseded-by: \(replacement)"
        if lines.first?.trimmingWhitespace() == "---",
           let close = lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines[$0].trimmingWhitespace()) }) {
            let body = lines[1..<close].filter { line in
                let key = line.split(separator: ":", maxSplits: 1).first.map { $0.trimmingWhitespace().lowercased() }
                return key != "kind" && key != "superseded-by"
            }
            lines.replaceSubrange(1..<close, with: ["kind: other", marker] + body)
        } else {
            lines.insert(contentsOf: ["---", "kind: other", marker, "---", ""], at: 0)
        }
        return lines.joined(separator: "\n")
    }

    private var header: String { Self.header(title: title) }

    /// The start of a transcript file this tool writes: `kind: transcript` front matter and the title.
    public static func header(title: String) -> String {
        "---\nkind: transcript\n---\n\n# \(title)\n\n"
    }

    /// The byte offset of the first line, in file order, written for a chunk after `chunk`; nil when none of
    /// them is still in the file (then the turns go at the end).
    private static func insertionPoint(before chunk: Int, in bytes: [UInt8], linesByChunk: [Int: [String]]) -> Int? {
        let later = Set(linesByChunk.filter { $0.key > chunk }.values.joined().map { Array($0.utf8) })
        guard !later.isEmpty else { return nil }
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            if later.contains(Array(bytes[start..<end])) { return start }
            start = end + 1
        }
        return nil
    }
}
