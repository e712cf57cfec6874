import Testing
@testable import Analysis

/// Odd and broken input: every parser must keep its ranges exact and never trap.
@Suite struct ParserRobustnessTests {
    static let oddLines = [
        "", " ", "\t", "**", "****", "__", "*", "-", "- ", "* ", "•", "1.", "(a)", "[", "]", "[]", "()", "(", "<", "<v",
        "<v >", "</v>", "<b>", "-->", "00:00 -->", "--> 00:01", "::", ":", "a:", ":a", "#", "##", "####### seven",
        "# ", "---", "===", "|---|", "```", "<!--", "<!-- interview: ignore -->", "- <!-- interview: ignore -->",
        "e\u{301}te\u{301}: caf\u{E9}", "👩‍💻: emoji speaker", "Zoë 🚀 [00:00:01]: text", "[00:00:01]", "[99:99:99] x",
        "**Jane** [00:01]", "**Jane:**", "**Jane", "Jane** : x", "2019 –", "– 2019", "Mar", "Mar 2019 -", "since",
        "01/", "/2019", "13/2019 - 2020", "WEBVTT", "NOTE", "1", "\u{FEFF}", "\u{FEFF}# BOM heading", "\r",
        "Requirements:", "Nice to have:", "Must have: ", "5+", "years", "- 5+ years", "REQUIREMENTS", "A:", "Q: ?",
        "<v.loud>", "<c.x>text</c>", "{\\an8}", "{\\", "[Jane] 10:01:23", "[x] done", "> > - Jane: nested",
    ]

    static var medley: String {
        var text = ""
        for (index, line) in oddLines.enumerated() {
            text += line + (index % 3 == 0 ? "\r\n" : "\n")
        }
        return text
    }

    @Test(arguments: ["jd.md", "cv.md", "notes.md", "call.vtt", "call.srt"])
    func oddInputKeepsRangesExact(path: String) {
        let text = Self.medley
        _ = parseJD(text)
        _ = parseCV(text)
        _ = parseTranscript(text, path: path)
        _ = parseTranscript("WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n" + text, path: path)
        _ = DocumentClassifier.kind(forPath: path, text: SourceText(text))
        for line in Self.oddLines {
            _ = parseJD("## Requirements\n" + line)
            _ = parseCV("## Experience\n" + line)
            _ = parseTranscript("Jane: hi\n" + line, path: path)
            _ = parseTranscript("1\n00:00:01,000 --> 00:00:02,000\n" + line, path: path)
            _ = YearsParser.minYears(in: line)
        }
    }

    @Test func emptyDocumentsParseToNothing() {
        let (jd, _) = parseJD("")
        #expect(jd.requirements.isEmpty && jd.title == nil && jd.headings.isEmpty)
        #expect(parseCV("").entries.isEmpty)
        #expect(parseTranscript("").isEmpty)
        #expect(parseTranscript("", path: "a.vtt").isEmpty)
    }
}
