/// Escaping for text from names someone else chose (a candidate's folder) that goes into Markdown: it is shown as
/// written, never as emphasis, a link or an image.
public enum MarkdownText {
    /// `text` with each character that can open Markdown inline syntax backslash-escaped, and line breaks as spaces
    /// (a new line could start a heading or a list).
    public static func escape(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            if character.isNewline {
                escaped.append(" ")
                continue
            }
            if special.contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }

    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "(", ")", "<", ">", "#", "!", "|", "~", "&"]
}
