/// Reads WebVTT and SRT captions: one turn per cue text line, timed by the cue start.
enum CueTranscriptReader {
    static func read(_ source: SourceText, format: TranscriptFormat) -> TranscriptReading {
        var reading = TranscriptReading()
        var inCue = false
        var skippingBlock = false
        var cueTimestamp: String?
        var cueSpeaker: Substring?
        var openVoice: Substring?
        for (index, raw) in source.lines.enumerated() {
            let trimmed = LineScan.trim(raw)
            if trimmed.isEmpty {
                inCue = false
                skippingBlock = false
                continue
            }
            if skippingBlock { continue }
            let arrow = LineScan.arrow(in: trimmed)
            if let arrow, !inCue || TranscriptTimestamp.normalize(trimmed[..<arrow.lowerBound]) != nil {
                // A timing line starts a cue, even when a malformed file leaves out the blank line before it.
                inCue = true
                cueTimestamp = TranscriptTimestamp.normalize(trimmed[..<arrow.lowerBound])
                cueSpeaker = nil
                openVoice = nil
                continue
            }
            if !inCue {
                if format == .webVTT, isBlockKeyword(trimmed) {
                    skippingBlock = true
                }
                // Anything else outside a cue is the header, a cue identifier or an SRT index.
                continue
            }
            let line = parseCueLine(raw, voice: openVoice)
            openVoice = line.openVoice
            var speaker = line.voice
            var text = line.text
            if speaker == nil {
                let labelled = label(in: text)
                speaker = labelled.name
                text = labelled.text
            }
            if let speaker { cueSpeaker = speaker }
            reading.append(speaker: speaker ?? cueSpeaker, timestamp: cueTimestamp, text: text, line: index, in: source)
        }
        return reading
    }

    private static func isBlockKeyword(_ line: Substring) -> Bool {
        for keyword in ["NOTE", "STYLE", "REGION"] where LineScan.begins(line, keyword) {
            let rest = line.dropFirst(keyword.count)
            if rest.isEmpty || LineScan.isSpace(rest.first!) { return true }
        }
        return false
    }

    /// A cue line's spoken text and the voice speaking it.
    struct CueLine {
        /// From the first to the last character outside tags, so a tag in the middle stays in the text.
        var text: Substring
        var voice: Substring?
        /// The voice still open at the end of the line (no `</v>` yet), for the cue's next line.
        var openVoice: Substring?
    }

    private struct Tag {
        var range: Range<Substring.Index>
        /// The tag name without class or annotation (`b`, `i`, `c`), empty for timestamp tags.
        var name: Substring
        var isClosing: Bool
    }

    /// Strips `<v Speaker>`, `<v.loud Speaker>`, `</v>`, `<b>`, `<c.x>` and `<00:00:01.000>` tags around the text.
    static func parseCueLine(_ raw: Substring, voice: Substring?) -> CueLine {
        var currentVoice = voice
        var lineVoice = voice
        var firstText: Substring.Index?
        var lastTextEnd: Substring.Index?
        var tags: [Tag] = []
        // Bytes: tags and spaces are ASCII, and every slice taken starts or ends at an ASCII byte or a scalar's last byte.
        let bytes = raw.utf8
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                let tag = raw[bytes.index(after: index)..<close]
                let next = bytes.index(after: close)
                let tagBytes = tag.utf8
                if tagBytes.first == UInt8(ascii: "v"), tagBytes.count > 1,
                   let second = tagBytes.dropFirst().first, second == 32 || second == 9 || second == UInt8(ascii: ".") {
                    let name = LineScan.trim(tag.drop { !LineScan.isSpace($0) })
                    currentVoice = name.isEmpty ? nil : name
                    if firstText == nil || lineVoice == nil { lineVoice = currentVoice }
                } else if tag == "/v" {
                    currentVoice = nil
                } else {
                    let isClosing = tagBytes.first == UInt8(ascii: "/")
                    let name = (isClosing ? tag.dropFirst() : tag).prefix { $0.isLetter }
                    tags.append(Tag(range: index..<next, name: name, isClosing: isClosing))
                }
                index = next
                continue
            }
            // SRT files from subtitle tools carry ASS overrides such as `{\an8}`.
            if byte == UInt8(ascii: "{"), bytes.index(after: index) < bytes.endIndex,
               bytes[bytes.index(after: index)] == UInt8(ascii: "\\"),
               let close = bytes[index...].firstIndex(of: UInt8(ascii: "}")) {
                tags.append(Tag(range: index..<bytes.index(after: close), name: "", isClosing: false))
                index = bytes.index(after: close)
                continue
            }
            if byte != 32, byte != 9 {
                if firstText == nil { firstText = index }
                lastTextEnd = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        guard var start = firstText, var end = lastTextEnd else {
            return CueLine(text: raw[raw.endIndex...], voice: lineVoice, openVoice: currentVoice)
        }
        // Widen the text over formatting tags that open before it or close after it, so `<i>Mostly</i> for`
        // stays balanced; tags only around the text are left out.
        for (position, tag) in tags.enumerated() where !tag.name.isEmpty && tag.range.lowerBound >= start && tag.range.upperBound <= end {
            if tag.isClosing {
                if let opening = tags[..<position].last(where: { !$0.isClosing && $0.name == tag.name }), opening.range.lowerBound < start {
                    start = opening.range.lowerBound
                }
            } else if let closing = tags[(position + 1)...].first(where: { $0.isClosing && $0.name == tag.name }), closing.range.upperBound > end {
                end = closing.range.upperBound
            }
        }
        return CueLine(text: raw[start..<end], voice: lineVoice, openVoice: currentVoice)
    }

    /// `Speaker: text`, `[Speaker] text`, `- Speaker: text`, `>> Speaker: text` inside a cue; a bare
    /// dialogue dash is dropped without naming anyone.
    private static func label(in text: Substring) -> (name: Substring?, text: Substring) {
        var content = text
        if LineScan.begins(content, ">>") { content = LineScan.trim(content.dropFirst(2)) }
        if LineScan.begins(content, "- ") || LineScan.begins(content, "\u{2013} ") { content = LineScan.trim(content.dropFirst(2)) }
        if let label = SpeakerLabel.parse(content), !label.text.isEmpty {
            return (label.name, label.text)
        }
        return (nil, content)
    }
}
