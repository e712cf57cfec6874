import Testing
import Analysis

@Test func markdownTextShowsAFolderNameAsWrittenNeverAsMarkup() {
    #expect(MarkdownText.escape("*[x](http://e.vil)*") == #"\*\[x\]\(http://e.vil\)\*"#)
    #expect(MarkdownText.escape("![img](a)<b>`c`") == #"\!\[img\]\(a\)&lt;b&gt;\`c\`"#)
    // A line break would start a heading or a list of its own.
    #expect(MarkdownText.escape("ada\n# Hired\r\n") == "ada \\# Hired ")
    #expect(MarkdownText.escape("R&D | ops") == #"R&amp;D \| ops"#)
    #expect(MarkdownText.escape("ada-okafor") == "ada-okafor")
}
