#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import Analysis

/// Session folders someone else prepared: FIFOs, huge files behind links, links out of the folder.
@Suite struct SessionLoaderTrustTests {
    private static let jd = "# SRE\n## Requirements\n- Erlang/OTP in production\n"
    private static let outsideCV = "# Robin\n- Ran Erlang/OTP in production\n"

    /// A fresh folder holding `jd.md`, and a sibling folder outside it; both symlink-free.
    private func makeFolders() throws -> (session: String, outside: String) {
        var template = Array((NSTemporaryDirectory() + "/loader-trust-XXXXXX").utf8CString)
        let base = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        let real = URL(fileURLWithPath: base).resolvingSymlinksInPath().path
        try FileManager.default.createDirectory(atPath: real + "/session", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: real + "/outside", withIntermediateDirectories: true)
        try Data(Self.jd.utf8).write(to: URL(fileURLWithPath: real + "/session/jd.md"))
        return (real + "/session", real + "/outside")
    }

    private func message(_ session: Session, _ path: String) -> String? {
        session.problems.first { $0.path == path }?.message
    }

    @Test func aFIFONamedLikeADocumentIsAProblemAndNothingWaitsForIt() throws {
        let (session, _) = try makeFolders()
        #expect(mkfifo(session + "/notes.md", 0o600) == 0)
        #expect(mkfifo(session + "/cv.md", 0o600) == 0)

        let loaded = try SessionLoader.load(directory: session)

        #expect(loaded.documents.map(\.path) == ["jd.md"])
        #expect(message(loaded, "cv.md") == "cv.md: a named pipe (FIFO), not a regular file")
        #expect(message(loaded, "notes.md") == "notes.md: a named pipe (FIFO), not a regular file")
    }

    @Test func aHugeFileBehindALinkIsRefusedByTheSizeOfWhatTheLinkOpens() throws {
        let (session, _) = try makeFolders()
        _ = FileManager.default.createFile(atPath: session + "/export.data", contents: nil)
        #expect(truncate(session + "/export.data", 5 * 1024 * 1024) == 0)
        #expect(symlink("export.data", session + "/cv.md") == 0)

        let loaded = try SessionLoader.load(directory: session)

        #expect(loaded.documents.map(\.path) == ["jd.md"])
        #expect(message(loaded, "cv.md") == "cv.md: too large (5 MB); session files are read up to 4 MB")
    }

    @Test func aDocumentLinkedOutsideTheFolderIsReportedAndNotRead() throws {
        let (session, outside) = try makeFolders()
        try Data(Self.outsideCV.utf8).write(to: URL(fileURLWithPath: outside + "/robin.md"))
        #expect(symlink(outside + "/robin.md", session + "/cv.md") == 0)
        #expect(symlink("../outside/robin.md", session + "/resume.md") == 0)
        #expect(symlink("/etc/passwd", session + "/passwd-notes.md") == 0)

        let loaded = try SessionLoader.load(directory: session)

        #expect(loaded.documents.map(\.path) == ["jd.md"])
        #expect(message(loaded, "cv.md") == "cv.md: a link to a file outside the session folder; not read")
        #expect(message(loaded, "resume.md") == "resume.md: a link to a file outside the session folder; not read")
        #expect(message(loaded, "passwd-notes.md") == "passwd-notes.md: a link to a file outside the session folder; not read")
    }

    @Test func aSubfolderLinkedOutsideTheFolderIsReportedAndNotRead() throws {
        let (session, outside) = try makeFolders()
        try Data("Robin: I ran Erlang/OTP in production.\n".utf8).write(to: URL(fileURLWithPath: outside + "/interview.md"))
        #expect(symlink(outside, session + "/calls") == 0)

        let loaded = try SessionLoader.load(directory: session)

        #expect(loaded.documents.map(\.path) == ["jd.md"])
        #expect(message(loaded, "calls") == "calls: a link to a folder outside the session folder; not read")
    }

    @Test func aLinkInASubfolderThatLeavesTheFolderIsNotRead() throws {
        let (session, outside) = try makeFolders()
        try Data(Self.outsideCV.utf8).write(to: URL(fileURLWithPath: outside + "/robin.md"))
        try FileManager.default.createDirectory(atPath: session + "/docs", withIntermediateDirectories: true)
        #expect(symlink(outside + "/robin.md", session + "/docs/cv.md") == 0)

        let loaded = try SessionLoader.load(directory: session)

        #expect(loaded.documents.map(\.path) == ["jd.md"])
        #expect(message(loaded, "docs/cv.md") == "docs/cv.md: a link to a file outside the session folder; not read")
    }

    @Test func linksThatStayInsideTheFolderKeepWorking() throws {
        let (session, _) = try makeFolders()
        try FileManager.default.createDirectory(atPath: session + "/.archive/calls", withIntermediateDirectories: true)
        try Data(Self.outsideCV.utf8).write(to: URL(fileURLWithPath: session + "/.archive/robin.md"))
        try Data("WEBVTT\n".utf8).write(to: URL(fileURLWithPath: session + "/.archive/calls/round1.vtt"))
        #expect(symlink(".archive/robin.md", session + "/cv.md") == 0)
        #expect(symlink(session + "/.archive/calls", session + "/calls") == 0)

        let loaded = try SessionLoader.load(directory: session)

        #expect(loaded.documents.map(\.path) == ["calls/round1.vtt", "cv.md", "jd.md"])
        #expect(loaded.documents[1].text.text == Self.outsideCV)
        #expect(loaded.problems.isEmpty)
    }

    @Test func aSubfolderReachedAgainThroughALinkIsReadOnceAndTheLinkIsReported() throws {
        let (session, _) = try makeFolders()
        try FileManager.default.createDirectory(atPath: session + "/robin", withIntermediateDirectories: true)
        try Data(Self.outsideCV.utf8).write(to: URL(fileURLWithPath: session + "/robin/cv.md"))
        // Named to sort before the folder it leads to: the real folder still keeps its name.
        #expect(symlink("robin", session + "/again") == 0)
        #expect(symlink(session, session + "/itself") == 0)

        let loaded = try SessionLoader.load(directory: session)

        #expect(loaded.documents.map(\.path) == ["jd.md", "robin/cv.md"])
        #expect(message(loaded, "again") == "a link to the folder robin, read there; not read again")
        #expect(message(loaded, "itself") == "a link to the session folder itself; not read again")
        let role = RoleFolder(session: loaded)
        #expect(role.candidates.map(\.name) == ["robin"])
    }

    @Test func aSessionOpenedThroughALinkedPathReadsItsOwnLinks() throws {
        let (session, outside) = try makeFolders()
        try Data(Self.outsideCV.utf8).write(to: URL(fileURLWithPath: session + "/robin.txt"))
        #expect(symlink("robin.txt", session + "/cv.md") == 0)
        #expect(symlink(session, outside + "/linked-session") == 0)

        let loaded = try SessionLoader.load(directory: outside + "/linked-session")

        #expect(loaded.root == outside + "/linked-session")
        #expect(loaded.documents.map(\.path) == ["cv.md", "jd.md"])
        #expect(loaded.problems.isEmpty)
    }
}
