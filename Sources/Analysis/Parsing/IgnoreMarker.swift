/// The `<!-- interview: ignore -->` marker that a code action adds to a requirement line.
enum IgnoreMarker {
    /// The text to insert, as the code action writes it.
    static let text = "<!-- interview: ignore -->"

    /// `content` without the marker (and the whitespace around it), and whether the marker was there.
    static func strip(_ content: Substring) -> (text: Substring, ignored: Bool) {
        var searchStart = content.startIndex
        while let open = content[searchStart...].firstRange(of: "<!--") {
            guard let close = content[open.upperBound...].firstRange(of: "-->") else { break }
            let words = PhraseText.words(content[open.upperBound..<close.lowerBound])
            if words == ["interview", "ignore"] {
                let before = LineScan.trim(content[..<open.lowerBound])
                if !before.isEmpty { return (before, true) }
                return (LineScan.trim(content[close.upperBound...]), true)
            }
            searchStart = close.upperBound
        }
        return (content, false)
    }
}
