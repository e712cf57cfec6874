#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing
import Analysis

/// A fresh, symlink-free folder for one test.
private func temporaryFolder() -> String {
    var template = Array((NSTemporaryDirectory() + "/regular-file-XXXXXX").utf8CString)
    let path = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    return ResolvedPath.of(path) ?? path
}

private func write(_ text: String, to path: String) {
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
}

/// The refusal `body` throws, nil when it returns.
private func refusal(_ body: () throws -> Void) -> RegularFileRefusal? {
    do {
        try body()
        return nil
    } catch {
        return error as? RegularFileRefusal
    }
}

@Suite struct RegularFileTests {
    @Test func aRegularFileIsReadWhole() throws {
        let folder = temporaryFolder()
        write("# Job\n- Go\n", to: folder + "/jd.md")

        #expect(try RegularFile.read(atPath: folder + "/jd.md") == Array("# Job\n- Go\n".utf8))
    }

    @Test func aFIFOIsRefusedWithoutWaitingForAWriter() {
        let folder = temporaryFolder()
        #expect(mkfifo(folder + "/cv.md", 0o600) == 0)

        // Returning at all is the point: a blocking open would wait for a writer that never comes.
        let refused = refusal { _ = try RegularFile.read(atPath: folder + "/cv.md") }

        #expect(refused == .notRegular("a named pipe (FIFO)"))
        #expect(refused?.description == "a named pipe (FIFO), not a regular file")
    }

    @Test func aDeviceIsRefusedBeforeAnyByteIsRead() {
        #expect(refusal { _ = try RegularFile.read(atPath: "/dev/zero") } == .notRegular("a device"))
        #expect(refusal { _ = try RegularFile.size(ofFileAt: "/dev/null") } == .notRegular("a device"))
    }

    @Test func aFolderIsRefused() {
        let folder = temporaryFolder()

        #expect(refusal { _ = try RegularFile.read(atPath: folder) } == .notRegular("a folder"))
    }

    @Test func aSparseFileOverTheLimitIsRefusedBySizeWithoutBeingRead() {
        let folder = temporaryFolder()
        let path = folder + "/cv.md"
        write("", to: path)
        #expect(truncate(path, 5 * 1024 * 1024) == 0)

        let refused = refusal { _ = try RegularFile.read(atPath: path) }

        #expect(refused == .tooLarge(bytes: 5 * 1024 * 1024, limit: RegularFile.sessionFileLimit))
        #expect(refused?.description == "too large (5 MB); session files are read up to 4 MB")
    }

    @Test func theLimitIsTheSizeOfTheOpenedFileNotOfALinkToIt() {
        let folder = temporaryFolder()
        write("", to: folder + "/big.data")
        #expect(truncate(folder + "/big.data", 5 * 1024 * 1024) == 0)
        #expect(symlink("big.data", folder + "/cv.md") == 0)

        #expect(refusal { _ = try RegularFile.read(atPath: folder + "/cv.md") } == .tooLarge(bytes: 5 * 1024 * 1024, limit: RegularFile.sessionFileLimit))
    }

    @Test func aSymbolicLinkIsFollowedOnlyWhenAllowed() throws {
        let folder = temporaryFolder()
        write("{}", to: folder + "/real.json")
        #expect(symlink(folder + "/real.json", folder + "/config.json") == 0)

        #expect(try RegularFile.read(atPath: folder + "/config.json", links: .follow) == Array("{}".utf8))
        #expect(refusal { _ = try RegularFile.read(atPath: folder + "/config.json", links: .refuse) } == .symbolicLink)
    }

    @Test func aMissingFileIsMissing() {
        #expect(refusal { _ = try RegularFile.read(atPath: temporaryFolder() + "/nothing.md") } == .missing)
    }

    @Test func theSizeOfAFileToUploadComesFromTheOpenedDescriptor() throws {
        let folder = temporaryFolder()
        write("RIFF....", to: folder + "/round1.wav")

        #expect(try RegularFile.size(ofFileAt: folder + "/round1.wav") == 8)
    }
}

@Suite struct ResolvedPathTests {
    @Test func aPathIsInsideAFolderOnlyBelowIt() {
        #expect(ResolvedPath.isInside("/s/cv.md", folder: "/s"))
        #expect(ResolvedPath.isInside("/s/calls/a.vtt", folder: "/s/"))
        #expect(!ResolvedPath.isInside("/s", folder: "/s"))
        #expect(!ResolvedPath.isInside("/sessions/cv.md", folder: "/s"))
        #expect(ResolvedPath.isInside("/etc/passwd", folder: "/"))
    }

    @Test func linksAreResolved() {
        let folder = temporaryFolder()
        write("x", to: folder + "/cv.md")
        #expect(symlink("cv.md", folder + "/resume.md") == 0)

        #expect(ResolvedPath.of(folder + "/resume.md") == folder + "/cv.md")
        #expect(ResolvedPath.of(folder + "/./resume.md") == folder + "/cv.md")
        #expect(ResolvedPath.of(folder + "/missing.md") == nil)
        #expect(ResolvedPath.isSymbolicLink(folder + "/resume.md"))
        #expect(!ResolvedPath.isSymbolicLink(folder + "/cv.md"))
    }
    @Test func writeAllWritesEveryByteOrSaysWhyNot() throws {
        let path = temporaryFolder() + "/out.md"
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        try #require(descriptor >= 0)
        let text = String(repeating: "**Speaker A** [00:00:01]: a turn\n", count: 10_000)
        #expect(RegularFile.writeAll(Array(text.utf8), to: descriptor) == 0)
        close(descriptor)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
        // A full disk is reported as such, for the caller's "cannot write …" message.
        let full = open("/dev/full", O_WRONLY)
        try #require(full >= 0)
        defer { close(full) }
        #expect(RegularFile.writeAll(Array("x".utf8), to: full) == ENOSPC)
    }
}
