import Testing
@testable import Analysis

@Suite struct DocumentClassifierTests {
    @Test(arguments: [
        ("jd.md", DocumentKind.jd), ("jd-backend.md", .jd), ("backend_jd.txt", .jd), ("job-description.md", .jd),
        ("Senior Role.txt", .jd), ("vacancy.md", .jd), ("posting.markdown", .jd),
        ("cv.md", .cv), ("sam-cv.txt", .cv), ("Resume.md", .cv), ("résumé.md", .cv),
        ("call.vtt", .transcript), ("zoom.SRT", .transcript), ("transcript.md", .transcript), ("interview-2024-05-02.txt", .transcript),
        ("notes.md", .notes), ("interview-notes.md", .notes),
        ("jdoe.md", .other), ("cvs-pharmacy.md", .other), ("README.md", .other), ("sub/jd.md", .jd),
        ("transcripts/2024-05-02.txt", .transcript), ("notes/day1.md", .notes), ("misc/day1.md", .other),
    ])
    func fileNamesDecideTheKind(name: String, kind: DocumentKind) {
        #expect(DocumentClassifier.kind(forPath: name, text: SourceText("# Hello\n")) == kind)
    }

    @Test func frontMatterBeatsGlobsAndGlobsBeatTheFileName() {
        let frontMatter = SourceText("---\nkind: cv\n---\n# Sam Lee\n")
        let globs: [DocumentKind: [String]] = [.transcript: ["calls/**/*.md"], .notes: ["*.txt"]]
        #expect(DocumentClassifier.kind(forPath: "jd.md", text: frontMatter, globs: globs) == .cv)
        #expect(DocumentClassifier.kind(forPath: "calls/2024/jd.md", text: SourceText("x"), globs: globs) == .transcript)
        #expect(DocumentClassifier.kind(forPath: "calls/jd.md", text: SourceText("x"), globs: globs) == .transcript)
        #expect(DocumentClassifier.kind(forPath: "sub/cv.txt", text: SourceText("x"), globs: globs) == .notes)
        #expect(DocumentClassifier.kind(forPath: "jd.md", text: SourceText("x"), globs: globs) == .jd)
    }

    @Test func aScorecardThisToolWroteIsNotASessionDocument() {
        let report = SourceText("<!-- interview-lsp report -->\n# Scorecard: Platform Engineer\n\n| must-have | Go | verified |\n")
        #expect(DocumentClassifier.kind(forPath: "interview-report.md", text: report) == .other)
        #expect(DocumentClassifier.kind(forPath: "notes.md", text: SourceText("# Notes\n<!-- interview-lsp report -->\n")) == .notes)
    }

    @Test(arguments: [
        ("*.md", "cv.md", true), ("*.md", "a/cv.md", true), ("a/*.md", "a/b/cv.md", false), ("a/**/cv.md", "a/b/c/cv.md", true),
        ("a/**/cv.md", "a/cv.md", true), ("c?.md", "cv.md", true), ("c?.md", "cvv.md", false), ("**", "x/y", true),
        ("role-*.txt", "Role-SRE.txt", true),
    ])
    func globsMatchStarsAndQuestionMarks(pattern: String, path: String, matches: Bool) {
        #expect(GlobPattern.matches(pattern, path: path) == matches)
    }
}
