import Foundation
import Testing
@testable import Analysis

@Suite struct SessionLoaderTests {
    /// A fresh session folder with `files` (relative path → bytes).
    private func makeSession(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)").path
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: root + "/" + path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return root
    }

    @Test func loadsSessionFilesWithKindsInPathOrder() throws {
        let root = try makeSession([
            "jd.md": Array("# SRE\n## Requirements\n- Go\n".utf8),
            "cv.txt": [0xEF, 0xBB, 0xBF] + Array("Sam Lee\n".utf8),
            "calls/interview.vtt": Array("WEBVTT\n".utf8),
            "README.md": Array("about this folder\n".utf8),
            "notes": Array("---\nkind: notes\n---\nStrong\n".utf8),
            ".git/config": Array("x".utf8),
            "node_modules/jd.md": Array("x".utf8),
            ".interview/config.json": Array("{}".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try SessionLoader.load(directory: root)
        #expect(session.root == root)
        #expect(session.documents.map(\.path) == ["calls/interview.vtt", "cv.txt", "jd.md", "notes"])
        #expect(session.documents.map(\.kind) == [.transcript, .cv, .jd, .notes])
        #expect(session.documents[1].text.text == "Sam Lee\n")
        #expect(session.problems.isEmpty)
    }

    @Test func binaryAndForeignFormatsBecomeProblemsWithClearMessages() throws {
        let root = try makeSession([
            "jd.md": Array("# SRE\n".utf8),
            "cv.pdf": Array("%PDF-1.7".utf8),
            "transcript.txt": [0x48, 0x00, 0x49],
            "notes.md": [0xC3, 0x28],
            "photo.png": [0x89, 0x50],
            "jd.md.bak": Array("old".utf8),
            "job.json": Array("{}".utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try SessionLoader.load(directory: root)
        #expect(session.documents.map(\.path) == ["jd.md"])
        #expect(session.problems.map(\.path) == ["cv.pdf", "job.json", "notes.md", "transcript.txt"])
        #expect(session.problems[1].message == "job.json: unsupported file type .json; export it as .md or .txt")
        #expect(session.problems[0].message == "cv.pdf: binary file; export it as .md or .txt")
        #expect(session.problems[2].message.contains("UTF-8"))
        #expect(session.problems[3].message == "transcript.txt: binary file; export it as .md or .txt")
    }

    @Test func aScorecardThisToolWroteIsLeftOutAndSaysSoWhenItsNameMakesItADocument() throws {
        let report = "<!-- interview-lsp report -->\n# Scorecard: SRE\n\n| must-have | Go | verified |\n"
        let root = try makeSession([
            "jd.md": Array("# SRE\n## Requirements\n- Go\n".utf8),
            "interview-report.md": Array(report.utf8),
            "scorecard.md": Array(report.utf8),
        ])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try SessionLoader.load(directory: root)
        #expect(session.documents.map(\.path) == ["jd.md"])
        #expect(session.problems == [SessionProblem(
            path: "interview-report.md",
            message: "a scorecard written by interview-lsp report; left out, so that its quotes do not count again as evidence")])
    }

    @Test func globsFromSettingsClassifyFiles() throws {
        let root = try makeSession(["call-2024-05-02.txt": Array("Jane: Hi\n".utf8)])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let session = try SessionLoader.load(directory: root, globs: [.transcript: ["call-*.txt"]])
        #expect(session.documents.map(\.kind) == [.transcript])
    }

    @Test func missingFolderOrAFileThrowsAClearError() throws {
        #expect(throws: SessionLoadError(message: "/nonexistent/session: no such directory")) {
            try SessionLoader.load(directory: "/nonexistent/session")
        }
        let root = try makeSession(["jd.md": Array("x".utf8)])
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect {
            try SessionLoader.load(directory: root + "/jd.md")
        } throws: { error in
            (error as? SessionLoadError)?.message.contains("not a directory") == true
        }
    }

    @Test func aHugeFileIsReportedNotRead() throws {
        let root = try makeSession([
            "jd.md": Array("# SRE\n## Requirements\n- Go\n".utf8),
            "transcript.md": [UInt8](repeating: 0x61, count: RegularFile.sessionFileLimit + 1),
        ])
        let session = try SessionLoader.load(directory: root)
        #expect(session.documents.map(\.path) == ["jd.md"])
        #expect(session.problems.map(\.path) == ["transcript.md"])
        #expect(session.problems.first?.message.contains("too large") == true)
    }
}
