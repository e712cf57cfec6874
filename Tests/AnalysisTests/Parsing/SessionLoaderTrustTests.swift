#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
@testable import Analysis

/// Session folders someone else prepared: FIFOs and huge files behind links.
@Suite struct SessionLoaderTrustTests {
    private static let jd = "# SRE\n## Requirements\n- Erlang/OTP in production\n"

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
}
