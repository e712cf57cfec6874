extension TranscriptionResult {
    /// A Markdown transcript the engine reads like a typed one: `**Speaker** [hh:mm:ss]: text`, one turn a line.
    public func markdown(title: String = "Interview transcript") -> String {
        var lines = ["---", "kind: transcript", "---", "", "# \(title)", ""]
        let segments = segments.isEmpty ? [Segment(speaker: nil, start: 0, end: duration ?? 0, text: text)] : segments
        for segment in segments {
            let text = segment.text.split(whereSeparator: \.isNewline).joined(separator: " ")
                .trimmingWhitespace
            guard !text.isEmpty else { continue }
            lines.append("**\(Self.speakerName(segment.speaker))** [\(Self.timestamp(segment.start))]: \(text)")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Diarization labels like `A` become `Speaker A`, so they are not read as the `Q:`/`A:` convention. The label
    /// comes from the model: it is put on one line, without the `*`, `[`, `]` of the turn's syntax or control
    /// characters, and cut to `maximumSpeakerLength` characters, so it can only ever be a name in one turn's line.
    public static func speakerName(_ label: String?) -> String {
        let words = (label ?? "").unicodeScalars
            .filter { !"*[]".unicodeScalars.contains($0) && ($0.properties.isWhitespace || $0.properties.generalCategory != .control) }
        let label = String(String.UnicodeScalarView(words)).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard !label.isEmpty else { return "Speaker" }
        let name = String(label.prefix(maximumSpeakerLength)).trimmingWhitespace
        return name.count <= 2 ? "Speaker \(name)" : name
    }

    /// The longest speaker name written, in characters.
    static let maximumSpeakerLength = 40

    /// Seconds as `hh:mm:ss`; a time that is not finite or negative reads as 0, one past 9999 hours as 9999 hours.
    public static func timestamp(_ seconds: Double) -> String {
        // `Int(_:)` traps on NaN, infinity and anything past Int.max: a model's odd time must not crash the process.
        let total = seconds.isFinite ? Int(min(max(seconds, 0), maximumSeconds).rounded(.down)) : 0
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(total / 3600)):\(two(total / 60 % 60)):\(two(total % 60))"
    }

    /// The longest time a transcript writes (9999 hours); the model's times are clamped to it.
    static let maximumSeconds: Double = 9999 * 3600
}
