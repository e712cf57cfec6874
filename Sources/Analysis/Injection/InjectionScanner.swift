/// Finds lines in a CV, transcript or notes that try to steer a model ("ignore previous instructions…",
/// "note to AI reviewers…", a `</data>` tag) whatever their case, spacing or invisible characters.
/// Such a line is data, never evidence: the coverage engine skips it (`InjectedSentences`) and the model
/// judge refuses a quote from it.
public enum InjectionScanner {
    /// The lines of `document` carrying such an instruction, each as the exact range of the line's text.
    public static func findings(in document: SessionDocument) -> [InjectionFinding] {
        guard document.kind == .cv || document.kind == .transcript || document.kind == .notes else { return [] }
        var found: [InjectionFinding] = []
        for number in anchoredLines(document.text.text) where number < document.text.lines.count {
            let line = document.text.lines[number]
            guard isInstruction(line) else { continue }
            let text = line.trimmingWhitespace()
            guard let start = line.firstRange(of: text) else { continue }
            found.append(InjectionFinding(path: document.path, range: document.text.range(of: line[start]), quote: text))
        }
        return found
    }

    /// True when `line` addresses a model.
    static func isInstruction(_ line: some StringProtocol) -> Bool {
        let text = InjectionText.normalized(line)
        let compact = String(text.filter { !$0.isWhitespace })
        if InjectionRules.tags.contains(where: compact.contains) { return true }
        let words = InjectionText.words(text)
        return InjectionRules.rules.contains { $0.matches(words) }
    }

    /// The 0-based lines of `text` holding an anchor of some rule, in order: the lines worth checking. One pass
    /// over the text keyed on each pair of normalized bytes, since this runs on every re-analysis and most
    /// lines, and most documents, hold no anchor at all.
    static func anchoredLines(_ text: String) -> [Int] {
        var copy = text
        return copy.withUTF8 { bytes in
            let groups = anchorGroupByPrefix
            var lines: [Int] = []
            var line = 0
            var cursor = InjectionText.Cursor(bytes)
            var before: UInt8 = 0x20
            guard var first = cursor.next() else { return [] }
            var start = cursor.lastStart
            while true {
                let second = cursor.next()
                // Lines end as in `SourceText`: at LF, CRLF or a lone CR.
                if first == 0x0A && before != 0x0D || first == 0x0D {
                    line += 1
                } else if !isWordByte(before), let second, lines.last != line {
                    let group = Int(groups[Int(first) << 8 | Int(second)])
                    if group > 0, anchorGroups[group - 1].contains(where: { matches($0, bytes, at: start, after: before) }) {
                        lines.append(line)
                    }
                }
                guard let second else { return lines }
                before = first
                first = second
                start = cursor.lastStart
            }
        }
    }

    /// True when `anchor` is the normalized text from byte `start` on, `before` (not a letter or digit) being the
    /// normalized byte before it.
    private static func matches(_ anchor: InjectionRules.Anchor, _ bytes: UnsafeBufferPointer<UInt8>, at start: Int,
                                after before: UInt8) -> Bool {
        var cursor = InjectionText.Cursor(bytes, at: start, after: before)
        for expected in anchor.bytes {
            guard cursor.next() == expected else { return false }
        }
        guard anchor.wordEnd else { return true }
        return cursor.next().map { !isWordByte($0) } ?? true
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }

    /// The anchors grouped by their first two bytes.
    private static let anchorGroups: [[InjectionRules.Anchor]] = Dictionary(grouping: InjectionRules.anchors) {
        UInt16($0.bytes[0]) << 8 | UInt16($0.bytes[1])
    }.sorted { $0.key < $1.key }.map(\.value)

    /// Per pair of bytes, 1 + the index of the anchor group it begins, or 0: the common no-match case in one read.
    private static let anchorGroupByPrefix: [UInt16] = {
        var table = [UInt16](repeating: 0, count: 1 << 16)
        for (index, group) in anchorGroups.enumerated() {
            table[Int(group[0].bytes[0]) << 8 | Int(group[0].bytes[1])] = UInt16(index + 1)
        }
        return table
    }()
}
