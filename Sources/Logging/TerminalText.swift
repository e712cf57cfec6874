/// Text bound for a terminal, its control characters made visible: a folder name or a session file is someone
/// else's text, and an ESC sequence in it must not recolour, retitle or rewrite the user's terminal.
public enum TerminalText {
    /// `text` with each C0 control character but tab and newline (a carriage return only before a newline),
    /// DEL and each C1 control character written as a Swift escape (`\u{1B}`).
    public static func sanitized(_ text: String) -> String {
        // 0xC2 leads the UTF-8 encoding of every C1 control; text without these bytes needs no second look.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 }) else {
            return text
        }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        while let scalar = next {
            next = scalars.next()
            if isControl(scalar), !(scalar == "\r" && next == "\n") {
                result.append(contentsOf: "\\u{\(String(scalar.value, radix: 16, uppercase: true))}".unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A: false
        case 0..<0x20, 0x7F..<0xA0: true
        default: false
        }
    }
}
