/// The `<!-- interview: ignore -->` marker that a code action adds to a requirement line.
enum IgnoreMarkerText {
    /// `content` without the marker (and the whitespace around it), and whether the marker was there.
    static func strip(_ content: Substring) -> (text: Substring, ignored: Bool) {
        guard content.utf8.contains(UInt8(ascii: "<")) else { return (content, false) }
        var searchStart = content.startIndex
        while let open = LineScan.find("<!--", in: content[searchStart...]) {
            guard let close = LineScan.find("-->", in: content[open.upperBound...]) else { break }
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
