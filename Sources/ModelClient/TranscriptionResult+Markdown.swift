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

    /// Diarization labels like `A` become `Speaker A`, so they are not read as the `Q:`/`A:` convention.
    public static func speakerName(_ label: String?) -> String {
        guard let label = label?.trimmingWhitespace, !label.isEmpty else { return "Speaker" }
        return label.count <= 2 ? "Speaker \(label)" : label
    }

    /// Seconds as `hh:mm:ss`.
    public static func timestamp(_ seconds: Double) -> String {
        let total = max(0, Int(seconds.rounded(.down)))
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(two(total / 3600)):\(two(total / 60 % 60)):\(two(total % 60))"
    }
}
