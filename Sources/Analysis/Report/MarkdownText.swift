/// Escaping for text someone else wrote (a session file's line, a candidate's folder name) that goes into Markdown:
/// it is shown as written, never as emphasis, a link, an image or raw HTML.
public enum MarkdownText {
    /// `text` made inert, in a table cell too: `&`, `<`, `>` as entities (no raw HTML), line breaks as spaces (a new
    /// line could start a heading or a list), and each character that opens inline syntax or ends a cell
    /// backslash-escaped (a candidate's `![x](https://…)` would load a remote image in any preview).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&", "<", ">": escaped += HTMLText.escape(String(character))
            case _ where character.isNewline: escaped += " "
            case "\\", "`", "*", "_", "[", "]", "(", ")", "!", "#", "~", "|": escaped += "\\" + String(character)
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
