import Analysis
import Foundation
import RetrievalIndex
import Testing

@Test func aFileThatIsNotADatabaseIsRebuiltAndSearchable() throws {
    let session = try TemporaryDirectory()
    let folder = try session.subdirectory(".interview")
    try Data("this is not an SQLite database, just garbage bytes \u{1}\u{2}\u{3}".utf8)
        .write(to: URL(fileURLWithPath: folder + "/index.sqlite"))
    let recorder = LogRecorder()

    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session), log: recorder.log)
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    #expect(index.databasePath == folder + "/index.sqlite")
    #expect(recorder.messages.contains { $0.contains("rebuilding") })
    #expect(try index.search("Terraform").count == 1)
}

@Test func anIndexWithDamagedPagesIsRebuilt() throws {
    let session = try TemporaryDirectory()
    let path: String
    do {
        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
        let long = (0..<400).map { "Candidate: answer \($0) about Kubernetes and PostgreSQL tuning." }.joined(separator: "\n")
        _ = try index.update(documents: [document("transcript.md", .transcript, long)])
        path = index.databasePath
    }
    // Overwrite everything after the first page (the header stays valid, the b-trees do not).
    let handle = try FileHandle(forUpdating: URL(fileURLWithPath: path))
    let size = try handle.seekToEnd()
    try handle.seek(toOffset: 4096)
    try handle.write(contentsOf: Data(repeating: 0xA5, count: Int(size) - 4096))
    try handle.close()
    let recorder = LogRecorder()

    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session), log: recorder.log)
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    #expect(recorder.messages.contains { $0.contains("rebuilding") })
    #expect(try index.search("Terraform").count == 1)
    #expect(try index.search("PostgreSQL").isEmpty)
}

@Test func anIndexOfAnotherSchemaVersionIsRebuilt() throws {
    let session = try TemporaryDirectory()
    let folder = try session.subdirectory(".interview")
    do {
        let old = try SQLiteDatabase(path: folder + "/index.sqlite")
        try old.execute("""
            CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
            INSERT INTO meta VALUES ('schema_version', '0'), ('root', '\(session.path)');
            CREATE TABLE chunks(id INTEGER PRIMARY KEY, body TEXT);
            """)
    }
    let recorder = LogRecorder()

    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session), log: recorder.log)
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    #expect(recorder.messages.contains { $0.contains("schema version 0") })
    #expect(try index.search("Terraform").count == 1)
}

@Test func reopeningAHealthyIndexLogsNothing() throws {
    let session = try TemporaryDirectory()
    _ = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let recorder = LogRecorder()

    _ = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session), log: recorder.log)

    #expect(recorder.messages.isEmpty)
}
