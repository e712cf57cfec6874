import Analysis
import Foundation
import RetrievalIndex
import Testing

/// A session folder someone sent must not turn one of the user's files into a database through a link.
@Suite struct IndexLinkTests {
    private func bytes(_ path: String) -> Data? {
        FileManager.default.contents(atPath: path)
    }

    @Test func aLinkedIndexFileIsNeverOpenedAndTheIndexMovesToTheCache() throws {
        let session = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        let victim = outside.path + "/notes.txt"
        _ = FileManager.default.createFile(atPath: victim, contents: Data(), attributes: [.posixPermissions: 0o644])
        let folder = try session.subdirectory(".interview")
        try FileManager.default.createSymbolicLink(atPath: folder + "/index.sqlite", withDestinationPath: victim)
        let recorder = LogRecorder()

        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session), log: recorder.log)
        _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

        #expect(bytes(victim) == Data())
        #expect((try FileManager.default.attributesOfItem(atPath: victim)[.posixPermissions] as? NSNumber)?.intValue == 0o644)
        #expect(index.databasePath == location(cacheIn: session).cachePath(forSessionRoot: session.path))
        #expect(index.locationNotice?.contains("\(folder)/index.sqlite is a symbolic link, which is never followed") == true)
        #expect(recorder.messages.contains { $0.contains("symbolic link") })
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder + "/index.sqlite") == victim)
    }

    @Test func aDanglingLinkedIndexFileCreatesNothingOutside() throws {
        let session = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        let folder = try session.subdirectory(".interview")
        try FileManager.default.createSymbolicLink(atPath: folder + "/index.sqlite", withDestinationPath: outside.path + "/planted.sqlite")

        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))

        #expect(!FileManager.default.fileExists(atPath: outside.path + "/planted.sqlite"))
        #expect(index.databasePath.hasPrefix(session.path + "/cache/interview-lsp/"))
    }

    @Test(arguments: ["-wal", "-shm", "-journal"])
    func aLinkedJournalFileIsNeverFollowed(suffix: String) throws {
        let session = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        let victim = outside.path + "/victim"
        _ = FileManager.default.createFile(atPath: victim, contents: Data("keep".utf8))
        let folder = try session.subdirectory(".interview")
        try FileManager.default.createSymbolicLink(atPath: folder + "/index.sqlite" + suffix, withDestinationPath: victim)

        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
        _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

        #expect(bytes(victim) == Data("keep".utf8))
        #expect(index.databasePath.hasPrefix(session.path + "/cache/interview-lsp/"))
        #expect(index.locationNotice?.contains("index.sqlite\(suffix) is a symbolic link") == true)
    }

    @Test func aLinkedInterviewFolderIsNeverFollowed() throws {
        let session = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: session.path + "/.interview", withDestinationPath: outside.path)

        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
        _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
        #expect(index.databasePath.hasPrefix(session.path + "/cache/interview-lsp/"))
        #expect(index.locationNotice?.contains("\(session.path)/.interview is a symbolic link") == true)
    }

    @Test func anExplicitPathThatIsALinkIsRefused() throws {
        let session = try TemporaryDirectory()
        let outside = try TemporaryDirectory()
        let victim = outside.path + "/victim.sqlite"
        _ = FileManager.default.createFile(atPath: victim, contents: Data())
        try FileManager.default.createSymbolicLink(atPath: session.path + "/index.sqlite", withDestinationPath: victim)
        let explicit = IndexLocation(explicitPath: session.path + "/index.sqlite")

        #expect(throws: (any Error).self) { try RetrievalIndex(sessionRoot: session.path, location: explicit) }
        #expect(bytes(victim) == Data())
    }

    @Test func aDatabaseConnectionIsNeverOpenedThroughALink() throws {
        let folder = try TemporaryDirectory()
        let victim = folder.path + "/victim"
        _ = FileManager.default.createFile(atPath: victim, contents: Data(), attributes: [.posixPermissions: 0o644])
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/index.sqlite", withDestinationPath: victim)

        #expect(throws: SQLiteError.self) { try SQLiteDatabase(path: folder.path + "/index.sqlite") }
        #expect(bytes(victim) == Data())
        #expect((try FileManager.default.attributesOfItem(atPath: victim)[.posixPermissions] as? NSNumber)?.intValue == 0o644)
    }

    @Test func aFIFOAsTheIndexFileIsNotOpened() throws {
        let session = try TemporaryDirectory()
        let folder = try session.subdirectory(".interview")
        #expect(mkfifo(folder + "/index.sqlite", 0o600) == 0)

        // Returning at all is the point: SQLite would wait forever to read the FIFO's header.
        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))

        #expect(index.databasePath.hasPrefix(session.path + "/cache/interview-lsp/"))
    }

    @Test func anIndexInAPlainInterviewFolderHasNoNotice() throws {
        let session = try TemporaryDirectory()

        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))

        #expect(index.databasePath == session.path + "/.interview/index.sqlite")
        #expect(index.locationNotice == nil)
    }
}
