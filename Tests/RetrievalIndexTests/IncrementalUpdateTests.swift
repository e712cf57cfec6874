import Analysis
import RetrievalIndex
import Testing

@Test func anUnchangedDocumentIsNotRewritten() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let documents = [document("transcript.md", .transcript, sampleTranscript), document("cv.md", .cv, sampleCV)]

    let first = try index.update(documents: documents)
    let idsBefore = try index.chunks(inDocument: "transcript.md").map(\.id)
    let second = try index.update(documents: documents)

    #expect(first.added == 2)
    #expect(first.chunksWritten > 0)
    #expect(second == IndexUpdateStats(unchanged: 2))
    #expect(try index.chunks(inDocument: "transcript.md").map(\.id) == idsBefore)
}

@Test func aChangedDocumentIsRewrittenAndItsOldTextIsNoLongerFound() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("transcript.md", .transcript, sampleTranscript), document("cv.md", .cv, sampleCV)])

    let edited = sampleTranscript.replacingOccurrences(of: "Kafka", with: "RabbitMQ")
    let stats = try index.update(documents: [document("transcript.md", .transcript, edited), document("cv.md", .cv, sampleCV)])

    #expect(stats.updated == 1)
    #expect(stats.unchanged == 1)
    #expect(try index.search("Kafka").isEmpty)
    #expect(try index.search("RabbitMQ").first?.chunk.excerpt.text.contains("RabbitMQ") == true)
}

@Test func aDocumentWhoseKindChangedIsReindexed() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("meeting.md", .other, sampleTranscript)])

    let stats = try index.update(documents: [document("meeting.md", .transcript, sampleTranscript)])

    #expect(stats.updated == 1)
    #expect(try index.search("Kubernetes", kinds: [.transcript]).isEmpty == false)
}

@Test func aRemovedDocumentDisappearsFromTheIndex() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("transcript.md", .transcript, sampleTranscript), document("cv.md", .cv, sampleCV)])

    let stats = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    #expect(stats.removed == 1)
    #expect(try index.search("PostgreSQL").isEmpty)
    #expect(try index.chunks(inDocument: "transcript.md").isEmpty)
    #expect(try index.search("Terraform").map(\.chunk.excerpt.path) == ["cv.md"])
}

@Test func theIndexSurvivesReopening() throws {
    let session = try TemporaryDirectory()
    do {
        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
        _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])
    }
    let reopened = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))

    #expect(try reopened.update(documents: [document("cv.md", .cv, sampleCV)]) == IndexUpdateStats(unchanged: 1))
    #expect(try reopened.search("Terraform").count == 1)
}

@Test func progressIsReportedForEachReindexedDocument() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])
    var reports: [String] = []

    _ = try index.update(documents: [document("cv.md", .cv, sampleCV), document("transcript.md", .transcript, sampleTranscript),
                                     document("notes.md", .notes, "Strong on EKS.")]) { reports.append("\($0)/\($1)") }

    #expect(reports == ["1/2", "2/2"])
}
