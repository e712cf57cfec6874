/// The transcript formats the parser reads.
enum TranscriptFormat: Equatable {
    case markdown
    case webVTT
    case srt

    /// The format from the extension of `path`, else from the content.
    static func detect(path: String, text: SourceText) -> TranscriptFormat {
        let lowered = path.lowercased()
        if lowered.hasSuffix(".vtt") { return .webVTT }
        if lowered.hasSuffix(".srt") { return .srt }
        var nonEmpty: [Substring] = []
        for line in text.lines.prefix(40) {
            let trimmed = LineScan.trim(line)
            if !trimmed.isEmpty { nonEmpty.append(trimmed) }
            if nonEmpty.count == 2 { break }
        }
        guard let first = nonEmpty.first else { return .markdown }
        if first.hasPrefix("WEBVTT") { return .webVTT }
        if first.allSatisfy({ $0.isASCII && $0.isNumber }), nonEmpty.count == 2, nonEmpty[1].contains("-->") { return .srt }
        return .markdown
    }
}
