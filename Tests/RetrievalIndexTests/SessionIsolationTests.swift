import Analysis
import Foundation
import RetrievalIndex
import Testing

private let aliceTranscript = "Candidate: I ran Kubernetes at Acme and wrote the Terraform modules."
private let bobTranscript = "Candidate: I only read about Kubernetes, I never used Terraform at Globex."

@Test func twoSessionsWithOverlappingWordsNeverSeeEachOthersChunks() throws {
    let sessions = try TemporaryDirectory()
    let alice = try sessions.subdirectory("alice")
    let bob = try sessions.subdirectory("bob")
    let aliceIndex = try RetrievalIndex(sessionRoot: alice, location: location(cacheIn: sessions))
    let bobIndex = try RetrievalIndex(sessionRoot: bob, location: location(cacheIn: sessions))
    _ = try aliceIndex.update(documents: [document("transcript.md", .transcript, aliceTranscript)])
    _ = try bobIndex.update(documents: [document("transcript.md", .transcript, bobTranscript)])

    let aliceHits = try aliceIndex.search("Kubernetes Terraform")
    let bobHits = try bobIndex.search("Kubernetes Terraform")

    #expect(aliceHits.count == 1 && aliceHits.allSatisfy { $0.chunk.excerpt.text.contains("Acme") })
    #expect(bobHits.count == 1 && bobHits.allSatisfy { $0.chunk.excerpt.text.contains("Globex") })
    #expect(try aliceIndex.search("Globex").isEmpty)
    #expect(try bobIndex.search("Acme").isEmpty)
}

@Test func sessionsFallingBackToTheCacheGetSeparateIndexes() throws {
    let sessions = try TemporaryDirectory()
    let cache = try TemporaryDirectory()
    let readOnly = IndexLocation(environment: ["XDG_CACHE_HOME": cache.path], isWritable: { _ in false })
    let aliceIndex = try RetrievalIndex(sessionRoot: try sessions.subdirectory("alice"), location: readOnly)
    let bobIndex = try RetrievalIndex(sessionRoot: try sessions.subdirectory("bob"), location: readOnly)
    _ = try aliceIndex.update(documents: [document("transcript.md", .transcript, aliceTranscript)])
    _ = try bobIndex.update(documents: [document("transcript.md", .transcript, bobTranscript)])

    #expect(aliceIndex.databasePath != bobIndex.databasePath)
    #expect(try aliceIndex.search("Kubernetes").map { $0.chunk.excerpt.text.contains("Acme") } == [true])
    #expect(try bobIndex.search("Kubernetes").map { $0.chunk.excerpt.text.contains("Globex") } == [true])
}

@Test func aNamedIndexFileBuiltForAnotherSessionIsRefusedAndKept() throws {
    let sessions = try TemporaryDirectory()
    let shared = IndexLocation(explicitPath: sessions.path + "/shared.sqlite")
    let alice = try sessions.subdirectory("alice")
    do {
        let aliceIndex = try RetrievalIndex(sessionRoot: alice, location: shared)
        _ = try aliceIndex.update(documents: [document("transcript.md", .transcript, aliceTranscript)])
    }

    #expect(throws: (any Error).self) { try RetrievalIndex(sessionRoot: try sessions.subdirectory("bob"), location: shared) }
    let aliceAgain = try RetrievalIndex(sessionRoot: alice, location: shared)
    #expect(try aliceAgain.search("Acme").count == 1)
}

@Test func aNamedPathThatIsNotAnIndexIsNeverDeleted() throws {
    let sessions = try TemporaryDirectory()
    let notes = sessions.path + "/jd.md"
    try "# Platform engineer\n- Kubernetes\n".write(toFile: notes, atomically: true, encoding: .utf8)

    #expect(throws: (any Error).self) {
        try RetrievalIndex(sessionRoot: try sessions.subdirectory("alice"), location: IndexLocation(explicitPath: notes))
    }
    #expect(try String(contentsOfFile: notes, encoding: .utf8) == "# Platform engineer\n- Kubernetes\n")
}

@Test func oneFolderReachedThroughDifferentSpellingsIsOneSession() throws {
    let sessions = try TemporaryDirectory()
    let alice = try sessions.subdirectory("alice")
    do {
        let index = try RetrievalIndex(sessionRoot: alice, location: location(cacheIn: sessions))
        _ = try index.update(documents: [document("transcript.md", .transcript, aliceTranscript)])
    }
    let recorder = LogRecorder()

    let index = try RetrievalIndex(sessionRoot: sessions.path + "/./alice/../alice/", location: location(cacheIn: sessions),
                                   log: recorder.log)

    #expect(index.sessionRoot == alice)
    #expect(recorder.messages.isEmpty)
    #expect(try index.search("Acme").count == 1)
}
