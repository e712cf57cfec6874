import Analysis

/// The marker that tells the engine to leave a JD requirement out of every result.
public enum IgnoreMarker {
    public static let text = "<!-- interview: ignore -->"

    /// The edit that appends the marker to the requirement's line of the JD.
    public static func change(ignoring requirement: Requirement, in jd: SourceText) -> TextChange {
        let line = requirement.range.start.line
        let end = SourcePosition(line: line, character: jd.line(line).utf16.count)
        return .insert(" " + text, at: end)
    }
}
