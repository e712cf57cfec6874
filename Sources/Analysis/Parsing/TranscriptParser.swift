import Synchronization

/// Reads Markdown/plain, WebVTT and SRT transcripts into turns.
public enum TranscriptParser {
    /// `path` picks the format by extension (.vtt, .srt) before the content is sniffed.
    public static func parse(_ text: SourceText, path: String) -> Transcript {
        // After an edit the analysis, the retrieval index's chunker and the outline each parse the same
        // text: the last few results are kept (a 60 KB transcript takes ~1.5 ms to parse; comparing the
        // text is a pointer check when it is the same buffer, a memcmp otherwise). One per path: an older
        // version of a path is not asked for again, and one of a 10 MB transcript holds ~30 MB.
        if let cached = recent.withLock({ entries in
            entries.first { $0.path == path && $0.text.utf8.elementsEqual(text.text.utf8) }?.transcript
        }) {
            return cached
        }
        var transcript = parseUncached(text, path: path)
        let previous = recent.withLock { entries in entries.first { $0.path == path }?.transcript }
        if let previous { shareTexts(of: &transcript.turns, with: previous.turns) }
        recent.withLock { entries in
            entries.removeAll { $0.path == path }
            entries.insert((path, text.text, transcript), at: 0)
            if entries.count > recentCapacity { entries.removeLast() }
        }
        return transcript
    }

    /// Gives each turn the text string of the previous version's turn at the same place, counted from the start
    /// and from the end, when the texts are equal. An edit changes a few turns; the others keep sharing one copy
    /// of their text with what was prepared from them instead of adding another (10 MB per append to a 10 MB
    /// transcript).
    private static func shareTexts(of turns: inout [Transcript.Turn], with previous: [Transcript.Turn]) {
        var front = 0
        while front < turns.count, front < previous.count, turns[front].text == previous[front].text {
            turns[front].text = previous[front].text
            front += 1
        }
        var back = 1
        while back <= turns.count - front, back <= previous.count - front,
              turns[turns.count - back].text == previous[previous.count - back].text {
            turns[turns.count - back].text = previous[previous.count - back].text
            back += 1
        }
    }

    private static let recentCapacity = 4
    private static let recent = Mutex<[(path: String, text: String, transcript: Transcript)]>([])

    private static func parseUncached(_ text: SourceText, path: String) -> Transcript {
        let reading: TranscriptReading
        switch TranscriptFormat.detect(path: path, text: text) {
        case .markdown: reading = MarkdownTranscriptReader.read(text)
        case .webVTT: reading = CueTranscriptReader.read(text, format: .webVTT)
        case .srt: reading = CueTranscriptReader.read(text, format: .srt)
        }
        return Transcript(turns: SpeakerRoleResolver.resolve(reading))
    }
}
