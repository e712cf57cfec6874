/// Reads Markdown/plain, WebVTT and SRT transcripts into turns.
public enum TranscriptParser {
    /// `path` picks the format by extension (.vtt, .srt) before the content is sniffed.
    public static func parse(_ text: SourceText, path: String) -> Transcript {
        let reading: TranscriptReading
        switch TranscriptFormat.detect(path: path, text: text) {
        case .markdown: reading = MarkdownTranscriptReader.read(text)
        case .webVTT: reading = CueTranscriptReader.read(text, format: .webVTT)
        case .srt: reading = CueTranscriptReader.read(text, format: .srt)
        }
        return Transcript(turns: SpeakerRoleResolver.resolve(reading))
    }
}
