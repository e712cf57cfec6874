/// How positions move between two versions of a text: the versions are compared from both ends, and the span
/// between their common start and common end is what changed. Positions before it stay, positions after it
/// shift with it, positions inside it have no counterpart.
///
/// One span covers any series of edits (it may be wider than the edits were): enough to keep answering about
/// an analysed version while the user edits, which is what it is for.
public struct TextDelta: Sendable, Hashable {
    /// Where the common start ends, in both versions.
    private let prefixEnd: SourcePosition
    /// Where the common end starts, in the old and in the new version.
    private let oldSuffixStart: SourcePosition
    private let newSuffixStart: SourcePosition

    /// No change: every position maps to itself.
    public static let identity = TextDelta(prefixEnd: SourcePosition(line: Int.max, character: Int.max),
                                           oldSuffixStart: SourcePosition(line: Int.max, character: Int.max),
                                           newSuffixStart: SourcePosition(line: Int.max, character: Int.max))

    private init(prefixEnd: SourcePosition, oldSuffixStart: SourcePosition, newSuffixStart: SourcePosition) {
        self.prefixEnd = prefixEnd
        self.oldSuffixStart = oldSuffixStart
        self.newSuffixStart = newSuffixStart
    }

    /// The change from `old` to `new`; linear in their length (byte comparison, a few milliseconds for 10 MB).
    public init(from old: SourceText, to new: SourceText) {
        var oldText = old.text
        var newText = new.text
        let spans: (prefix: Int, oldSuffix: Int, newSuffix: Int)? = oldText.withUTF8 { oldBytes in
            newText.withUTF8 { newBytes in Self.changedSpan(UnsafeRawBufferPointer(oldBytes), UnsafeRawBufferPointer(newBytes)) }
        }
        guard let spans else {
            self = .identity
            return
        }
        func position(_ offset: Int, in source: SourceText) -> SourcePosition {
            source.position(of: source.text.utf8.index(source.text.utf8.startIndex, offsetBy: offset))
        }
        self.init(prefixEnd: position(spans.prefix, in: old),
                  oldSuffixStart: position(spans.oldSuffix, in: old),
                  newSuffixStart: position(spans.newSuffix, in: new))
    }

    /// Where `position` of the old version is in the new one; nil inside the changed span.
    public func newPosition(_ position: SourcePosition) -> SourcePosition? {
        Self.map(position, prefixEnd: prefixEnd, from: oldSuffixStart, to: newSuffixStart)
    }

    /// Where `position` of the new version was in the old one; nil inside the changed span.
    public func oldPosition(_ position: SourcePosition) -> SourcePosition? {
        Self.map(position, prefixEnd: prefixEnd, from: newSuffixStart, to: oldSuffixStart)
    }

    /// `range` of the old version in the new one; nil when either end lies inside the changed span.
    public func newRange(_ range: SourceRange) -> SourceRange? {
        guard let start = newPosition(range.start), let end = newPosition(range.end) else { return nil }
        return SourceRange(start: start, end: end)
    }

    private static func map(_ position: SourcePosition, prefixEnd: SourcePosition, from: SourcePosition,
                            to: SourcePosition) -> SourcePosition? {
        if position <= prefixEnd { return position }
        guard position >= from else { return nil }
        let line = position.line - from.line + to.line
        let character = position.line == from.line ? position.character - from.character + to.character : position.character
        return SourcePosition(line: line, character: character)
    }

    /// Byte offsets of the common start's end and of the common end's start in each text, cut at scalar
    /// boundaries and never inside a `\r\n`; nil when the texts are equal.
    private static func changedSpan(_ old: UnsafeRawBufferPointer, _ new: UnsafeRawBufferPointer)
        -> (prefix: Int, oldSuffix: Int, newSuffix: Int)? {
        let shorter = min(old.count, new.count)
        var prefix = 0
        // Eight bytes at a time, then byte by byte.
        while prefix + 8 <= shorter,
              old.loadUnaligned(fromByteOffset: prefix, as: UInt64.self) == new.loadUnaligned(fromByteOffset: prefix, as: UInt64.self) {
            prefix += 8
        }
        while prefix < shorter, old[prefix] == new[prefix] { prefix += 1 }
        if prefix == old.count, prefix == new.count { return nil }
        func splits(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> Bool {
            guard offset > 0, offset < bytes.count else { return false }
            return bytes[offset] & 0xC0 == 0x80 || (bytes[offset - 1] == 0x0D && bytes[offset] == 0x0A)
        }
        // A line ending just before the cut may be `\r` in one text and `\r\n` in the other: cut before it too.
        while prefix > 0, splits(old, at: prefix) || splits(new, at: prefix) || old[prefix - 1] == 0x0D { prefix -= 1 }

        var suffix = 0
        let room = shorter - prefix
        while suffix + 8 <= room,
              old.loadUnaligned(fromByteOffset: old.count - suffix - 8, as: UInt64.self)
                == new.loadUnaligned(fromByteOffset: new.count - suffix - 8, as: UInt64.self) {
            suffix += 8
        }
        while suffix < room, old[old.count - suffix - 1] == new[new.count - suffix - 1] { suffix += 1 }
        while suffix > 0, splits(old, at: old.count - suffix) || splits(new, at: new.count - suffix) { suffix -= 1 }
        return (prefix, old.count - suffix, new.count - suffix)
    }
}
