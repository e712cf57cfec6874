import Analysis
import Foundation
import RetrievalIndex
import Testing

private func mode(of path: String) throws -> Int {
    let attributes = try FileManager.default.attributesOfItem(atPath: path)
    return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
}

@Test func theIndexLivesInTheSessionFolderAndOnlyItsOwnerCanReadIt() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    #expect(index.databasePath == session.path + "/.interview/index.sqlite")
    #expect(try mode(of: index.databasePath) == 0o600)
    // Checked while the connection is open: that is when the WAL and shared-memory files exist.
    #expect(try mode(of: index.databasePath + "-wal") == 0o600)
    #expect(try mode(of: index.databasePath + "-shm") == 0o600)
}

@Test func anExistingIndexFileIsMadePrivate() throws {
    let session = try TemporaryDirectory()
    let path = try session.subdirectory(".interview") + "/index.sqlite"
    _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o644])

    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))

    #expect(try mode(of: index.databasePath) == 0o600)
}

@Test func theIndexUsesWriteAheadLogging() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))

    let probe = try SQLiteDatabase(path: index.databasePath)

    #expect(try probe.scalarText("PRAGMA journal_mode") == "wal")
}

@Test func aReadOnlySessionFolderFallsBackToTheXDGCache() throws {
    let session = try TemporaryDirectory()
    let cache = try TemporaryDirectory()
    let readOnly = IndexLocation(environment: ["XDG_CACHE_HOME": cache.path], isWritable: { _ in false })

    let index = try RetrievalIndex(sessionRoot: session.path, location: readOnly)
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    #expect(index.databasePath.hasPrefix(cache.path + "/interview-lsp/"))
    #expect(index.databasePath.hasSuffix("/index.sqlite"))
    #expect(!FileManager.default.fileExists(atPath: session.path + "/.interview"))
    #expect(try index.search("Terraform").count == 1)
}

@Test func withoutXDGCacheHomeTheCacheIsUnderHome() {
    let location = IndexLocation(environment: ["HOME": "/home/recruiter", "XDG_CACHE_HOME": "relative/ignored"])

    #expect(location.cachePath(forSessionRoot: "/sessions/a").hasPrefix("/home/recruiter/.cache/interview-lsp/"))
}

@Test func anExplicitPathIsUsedAsGiven() throws {
    let session = try TemporaryDirectory()
    let elsewhere = try TemporaryDirectory()
    let explicit = IndexLocation(explicitPath: elsewhere.path + "/custom/session.sqlite", isWritable: { _ in false })

    let index = try RetrievalIndex(sessionRoot: session.path, location: explicit)

    #expect(index.databasePath == elsewhere.path + "/custom/session.sqlite")
    #expect(FileManager.default.fileExists(atPath: elsewhere.path + "/custom/session.sqlite"))
}

/// A role keeps one index per candidate: side by side in one folder, in the cache, or beside an explicit file.
@Test func candidatesKeptInOneFolderGetAFileEach() {
    let location = IndexLocation(environment: ["XDG_CACHE_HOME": "/cache"], isWritable: { _ in true })
    #expect(location.separate(for: "ada").databasePath(forSessionRoot: "/role") == "/role/.interview/index-ada.sqlite")
    let readOnly = IndexLocation(environment: ["XDG_CACHE_HOME": "/cache"], isWritable: { _ in false }).separate(for: "ada")
    #expect(readOnly.databasePath(forSessionRoot: "/role").hasSuffix("/index-ada.sqlite"))
    #expect(readOnly.databasePath(forSessionRoot: "/role").hasPrefix("/cache/interview-lsp/"))
    #expect(IndexLocation(explicitPath: "/idx/role.sqlite").separate(for: "bob").explicitPath == "/idx/role-bob.sqlite")
    #expect(IndexLocation(explicitPath: "/idx.d/role").separate(for: "bob").explicitPath == "/idx.d/role-bob")
}
