/// A document's text with a line table, converting between UTF-16 positions and string indices.
public struct SourceText: Sendable, Hashable {
    /// The whole text as read or edited.
    public let text: String
    /// Each line's content without its terminator (`\n`, `\r\n` or `\r`).
    public let lines: Lines

    public init(_ text: String) {
        self.text = text
        lines = Lines(text: text, spans: Self.lineSpans(in: text, from: 0, to: text.utf8.count, includingLast: true))
    }

    private init(text: String, spans: [LineSpan]) {
        self.text = text
        lines = Lines(text: text, spans: spans)
    }

    /// The text's lines as slices of it, made on access from byte offsets: 8 bytes a line rather than a
    /// `Substring`'s 32, and an edit shifts offsets instead of scanning the whole text again.
    public struct Lines: RandomAccessCollection, Sendable {
        fileprivate let text: String
        fileprivate let spans: [LineSpan]

        public var startIndex: Int { 0 }
        public var endIndex: Int { spans.count }

        public subscript(line: Int) -> Substring {
            let span = spans[line]
            let utf8 = text.utf8
            let start = utf8.index(utf8.startIndex, offsetBy: Int(span.start))
            return text[start..<utf8.index(start, offsetBy: Int(span.end - span.start))]
        }
    }

    /// Where a line's content starts and ends, as UTF-8 offsets.
    fileprivate struct LineSpan: Sendable {
        var start: UInt32
        var end: UInt32
    }

    public static func == (lhs: SourceText, rhs: SourceText) -> Bool {
        lhs.text == rhs.text
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    /// The lines whose content starts in `text`'s UTF-8 bytes `from..<to`; with `includingLast`, also the one
    /// `to` ends (the text's last line, empty after a final line break).
    ///
    /// Scans UTF-8 bytes rather than Characters ("\r\n" is one Character and would hide the split) or scalars
    /// (slower): `\n` and `\r` bytes only ever stand for themselves in UTF-8, so the cuts are the same.
    private static func lineSpans(in text: String, from: Int, to: Int, includingLast: Bool) -> [LineSpan] {
        var text = text
        return text.withUTF8 { bytes in
            var spans: [LineSpan] = []
            var lineStart = from
            var index = from
            while index < to {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                    spans.append(LineSpan(start: UInt32(lineStart), end: UInt32(index)))
                    index += 1
                    if byte == UInt8(ascii: "\r"), index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
                    lineStart = index
                } else {
                    index += 1
                }
            }
            if includingLast { spans.append(LineSpan(start: UInt32(lineStart), end: UInt32(to))) }
            return spans
        }
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
        let line = self.line(containingByte: text.utf8.distance(from: text.utf8.startIndex, to: index))
        let content = lines[line]
        let clamped = min(max(index, content.startIndex), content.endIndex)
        return SourcePosition(line: line, character: content.utf16.distance(from: content.startIndex, to: clamped))
    }

    /// The last line starting at or before UTF-8 offset `offset`.
    private func line(containingByte offset: Int) -> Int {
        let spans = lines.spans
        var low = 0
        var high = spans.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if Int(spans[mid].start) <= offset { low = mid } else { high = mid - 1 }
        }
        return low
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

    /// A copy with `newText` put in place of `range` (an LSP incremental change). Only the lines around the
    /// change are scanned again; the offsets of the lines after it move by the change in length.
    public func replacing(_ range: SourceRange, with newText: String) -> SourceText {
        let utf8 = text.utf8
        let start = utf8.distance(from: utf8.startIndex, to: index(at: range.start))
        let end = max(start, utf8.distance(from: utf8.startIndex, to: index(at: range.end)))
        // Built at its exact size: `replaceSubrange` on a shared buffer allocates twice the length, 20 MB
        // kept per version of a 10 MB transcript.
        var copy = ""
        copy.reserveCapacity(utf8.count - (end - start) + newText.utf8.count)
        copy += text[..<utf8.index(utf8.startIndex, offsetBy: start)]
        copy += newText
        copy += text[utf8.index(utf8.startIndex, offsetBy: end)...]
        let delta = newText.utf8.count - (end - start)

        let spans = lines.spans
        // From the line before the change (a `\r` there and an inserted `\n` make one line break) to the line
        // after the changed one, whose start only moves.
        let first = max(line(containingByte: start) - 1, 0)
        let after = line(containingByte: end) + 1
        var updated = Array(spans[..<first])
        updated.reserveCapacity(spans.count + newText.utf8.count / 16)
        if after < spans.count {
            updated += Self.lineSpans(in: copy, from: Int(spans[first].start), to: Int(spans[after].start) + delta, includingLast: false)
            updated += spans[after...].lazy.map { LineSpan(start: UInt32(Int($0.start) + delta), end: UInt32(Int($0.end) + delta)) }
        } else {
            updated += Self.lineSpans(in: copy, from: Int(spans[first].start), to: copy.utf8.count, includingLast: true)
        }
        return SourceText(text: copy, spans: updated)
    }
}
