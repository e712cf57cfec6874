/// A document's text with a line table, converting between UTF-16 positions and string indices.
public struct SourceText: Sendable, Hashable {
    /// The whole text as read or edited.
    public let text: String
    /// Each line's content without its terminator (`\n`, `\r\n` or `\r`).
    public let lines: [Substring]

    public init(_ text: String) {
        self.text = text
        // Scan UTF-8 bytes rather than Characters ("\r\n" is one Character and would hide the split) or
        // scalars (slower; every edit re-splits the whole document): `\n` and `\r` bytes only ever
        // stand for themselves in UTF-8, so the cuts are the same.
        var lines: [Substring] = []
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var index = utf8.startIndex
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                lines.append(text[lineStart..<index])
                var next = utf8.index(after: index)
                if byte == UInt8(ascii: "\r"), next < utf8.endIndex, utf8[next] == UInt8(ascii: "\n") { next = utf8.index(after: next) }
                index = next
                lineStart = index
            } else {
                index = utf8.index(after: index)
            }
        }
        lines.append(text[lineStart..<utf8.endIndex])
        self.lines = lines
    }

    /// The content of line `line`, or "" past the end.
    public func line(_ line: Int) -> Substring {
        lines.indices.contains(line) ? lines[line] : ""
    }

    /// The string index for an LSP position, clamped to the line (and to the text).
    public func index(at position: SourcePosition) -> String.Index {
        guard position.line >= 0 else { return text.startIndex }
        guard position.line < lines.count else { return text.endIndex }
        let content = lines[position.line]
        let remaining = max(position.character, 0)
        // Walks UTF-8 bytes rather than scalars (the analysis maps every turn's range through here, and
        // scalar iteration re-validates each index): a lead byte starts a scalar of one UTF-16 unit, or two
        // from 0xF0 up; continuation bytes add none. Stopping only at lead bytes keeps a position inside a
        // surrogate pair rounding down to a scalar boundary.
        let offset = content.utf8.withContiguousStorageIfAvailable { Self.utf8Offset(ofUTF16Offset: remaining, in: $0) }
            ?? Self.utf8Offset(ofUTF16Offset: remaining, in: Array(content.utf8))
        return content.utf8.index(content.startIndex, offsetBy: offset)
    }

    /// The byte offset in `bytes` (valid UTF-8) of the scalar holding UTF-16 offset `units`, rounded down.
    private static func utf8Offset<Bytes: RandomAccessCollection<UInt8>>(ofUTF16Offset units: Int, in bytes: Bytes) -> Int
    where Bytes.Index == Int {
        var remaining = units
        var offset = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 {
                let width = byte >= 0xF0 ? 2 : 1
                if remaining < width { break }
                remaining -= width
            }
            offset += 1
        }
        // Stopped at a lead byte or at the end: either is a scalar boundary.
        return offset
    }

    /// The LSP position of a string index in this text.
    public func position(of index: String.Index) -> SourcePosition {
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].startIndex <= index { low = mid } else { high = mid - 1 }
        }
        let content = lines[low]
        let clamped = min(index, content.endIndex)
        return SourcePosition(line: low, character: content.utf16.distance(from: content.startIndex, to: clamped))
    }

    /// The LSP range of `substring`, which must be a slice of `text`.
    public func range(of substring: Substring) -> SourceRange {
        SourceRange(start: position(of: substring.startIndex), end: position(of: substring.endIndex))
    }

    /// The range covering line `line` from its first to last character.
    public func range(ofLine line: Int) -> SourceRange {
        let content = self.line(line)
        return SourceRange(start: SourcePosition(line: line, character: 0), end: SourcePosition(line: line, character: content.utf16.count))
    }

    /// The exact text at `range`, or nil when the range is outside the text.
    public func text(in range: SourceRange) -> Substring? {
        guard range.start.line >= 0, range.start.line < lines.count, range.end.line < lines.count,
              range.start <= range.end,
              range.start.character <= lines[range.start.line].utf16.count,
              range.end.character <= lines[range.end.line].utf16.count
        else { return nil }
        return text[index(at: range.start)..<index(at: range.end)]
    }

    /// A copy with `newText` put in place of `range` (an LSP incremental change).
    public func replacing(_ range: SourceRange, with newText: String) -> SourceText {
        let start = index(at: range.start)
        let end = max(start, index(at: range.end))
        var copy = text
        copy.replaceSubrange(start..<end, with: newText)
        return SourceText(copy)
    }
}
