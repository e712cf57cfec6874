import Analysis
import RetrievalIndex
import Testing

@Test func theMostRelevantTurnRanksFirst() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("transcript.md", .transcript, sampleTranscript), document("cv.md", .cv, sampleCV)])

    let hits = try index.search("How long did you run Kubernetes on EKS?", limit: 5, kinds: [.transcript])

    #expect(hits.first?.chunk.excerpt.text.contains("I ran Kubernetes on EKS for three years") == true)
    #expect(hits.allSatisfy { $0.chunk.excerpt.kind == .transcript })
    #expect(zip(hits, hits.dropFirst()).allSatisfy { $0.score >= $1.score })
}

@Test func stemmingMatchesOtherFormsOfAWord() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("transcript.md", .transcript, sampleTranscript)])

    #expect(try index.search("migrating services").first?.chunk.excerpt.text.contains("migrated thirty services") == true)
}

@Test func kindsRestrictWhereHitsComeFrom() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("transcript.md", .transcript, sampleTranscript), document("cv.md", .cv, sampleCV)])

    #expect(try index.search("EKS", kinds: [.cv]).map(\.chunk.excerpt.path) == ["cv.md"])
    #expect(try index.search("EKS", kinds: [.jd]).isEmpty)
    #expect(Set(try index.search("EKS").map(\.chunk.excerpt.path)) == ["cv.md", "transcript.md"])
}

@Test(arguments: ["C++ AND (", "\"unbalanced quote", "kube*", "NEAR(a b", "text: OR -", "^start", "{curly} [square]", "", "   ", "AND OR NOT"])
func userTextNeverRaisesAnFTSSyntaxError(query: String) throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    _ = try index.search(query)
}

@Test func operatorsInAQueryAreTreatedAsWords() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    #expect(try index.search("C++ AND (").first?.chunk.excerpt.text.contains("C++ tooling") == true)
    #expect(try index.search("\"Terraform").first?.chunk.excerpt.text.contains("Terraform") == true)
}

@Test func theMatchExpressionHoldsOnlyQuotedWords() {
    #expect(FTSQuery.matchExpression(for: "C++ AND (kube* OR \"Go\")") == "\"c\" OR \"kube\" OR \"go\"")
    #expect(FTSQuery.matchExpression(for: "*** () \"") == nil)
    #expect(FTSQuery.matchExpression(for: "and the") == "\"and\" OR \"the\"")
}

@Test func vectorsAreFusedWithKeywordsByReciprocalRank() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let notes = """
        Kubernetes Kubernetes Kubernetes operator upgrades
        Kubernetes networking
        Led the platform team through an on-call overhaul
        """
    _ = try index.update(documents: [document("notes.md", .notes, notes)])
    let chunks = try index.chunks(inDocument: "notes.md")
    let vectors: [[Float]] = [[1, 0, 0], [0.1, 0.2, 1], [0, 1, 0.5]]
    for (chunk, vector) in zip(chunks, vectors) {
        try index.storeEmbeddings([(chunk.contentHash, vector)], model: "test-model")
    }

    let keywordOnly = try index.search("Kubernetes", limit: 3)
    let hybrid = try index.search("Kubernetes", queryVector: [0, 0.1, 1], model: "test-model", limit: 3)
    let otherModel = try index.search("Kubernetes", queryVector: [0, 0.1, 1], model: "unknown", limit: 3)

    #expect(keywordOnly.map(\.chunk.id) == [chunks[0].id, chunks[1].id])
    // Keyword ranks: 0, 1. Vector ranks: 1, 2, 0. RRF: chunk 1 = 1/62 + 1/61 > chunk 0 = 1/61 + 1/63 > chunk 2 = 1/62.
    #expect(hybrid.map(\.chunk.id) == [chunks[1].id, chunks[0].id, chunks[2].id])
    #expect(abs(hybrid[0].score - (1.0 / 62 + 1.0 / 61)) < 1e-12)
    #expect(otherModel.map(\.chunk.id) == keywordOnly.map(\.chunk.id))
}

@Test func reciprocalRankFusionRewardsAgreement() {
    let fused = RankFusion.fuse([["a", "b", "c"], ["b", "c", "d"]])

    #expect(fused.map(\.id) == ["b", "c", "a", "d"])
}

@Test func cosineSimilarityIgnoresLength() {
    #expect(abs(RankFusion.cosine([1, 2, 3], [2, 4, 6]) - 1) < 1e-6)
    #expect(RankFusion.cosine([1, 0], [0, 1]) == 0)
    #expect(RankFusion.cosine([1, 0], [1, 0, 0]) == 0)
}

@Test func chunksWithoutVectorsAreListedOnceUntilStored() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [
        document("notes.md", .notes, "Strong on Terraform\nStrong on Terraform\nWeak on Kafka"),
        document("other-notes.md", .notes, "Weak on Kafka"),
    ])

    let missing = try index.chunksMissingEmbeddings(model: "m")
    #expect(missing.map(\.text) == ["Strong on Terraform", "Weak on Kafka"])

    try index.storeEmbeddings([(missing[0].contentHash, [1, 2])], model: "m")
    #expect(try index.chunksMissingEmbeddings(model: "m").map(\.text) == ["Weak on Kafka"])
    #expect(try index.chunksMissingEmbeddings(model: "other").count == 2)
}

@Test func theAsyncWrapperRunsQueriesOnTheIndexQueue() async throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))

    let hits = try await index.perform { index in
        _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])
        return try index.search("Terraform")
    }

    #expect(hits.count == 1)
}

@Test func chunksAtALineAreFoundForHover() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("transcript.md", .transcript, sampleTranscript)])

    let chunks = try index.chunks(at: "transcript.md", line: 3)

    #expect(chunks.first?.excerpt.text.contains("partitioned a billing table") == true)
    #expect(try index.chunks(at: "transcript.md", line: 99).isEmpty)
}

@Test func accentsAndCaseDoNotHideAMatch() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("notes.md", .notes, "Sent her RÉSUMÉ to the Zürich team.")])

    #expect(try index.search("resume zurich").count == 1)
}

@Test func vectorsStoredAfterASearchAreUsedByTheNextOne() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("notes.md", .notes, "Kubernetes upgrades\nLed the on-call overhaul")])
    let chunks = try index.chunks(inDocument: "notes.md")
    try index.storeEmbeddings([(chunks[0].contentHash, [1, 0])], model: "m")
    #expect(try index.search("overhaul", queryVector: [0, 1], model: "m", limit: 2).count == 2)

    try index.storeEmbeddings([(chunks[1].contentHash, [0, 1])], model: "m")
    let hits = try index.search("nothing matches this", queryVector: [0, 1], model: "m", limit: 1)

    #expect(hits.map(\.chunk.id) == [chunks[1].id])
}

@Test func aReindexedDocumentIsSeenByHybridSearch() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("notes.md", .notes, "Kubernetes upgrades")])
    try index.storeEmbeddings(try index.chunksMissingEmbeddings(model: "m").map { ($0.contentHash, [1, 0]) }, model: "m")
    _ = try index.search("x", queryVector: [1, 0], model: "m")

    _ = try index.update(documents: [document("notes.md", .notes, "Kubernetes upgrades\nKafka tuning")])
    try index.storeEmbeddings(try index.chunksMissingEmbeddings(model: "m").map { ($0.contentHash, [0, 1]) }, model: "m")

    #expect(try index.search("x", queryVector: [0, 1], model: "m", limit: 1).first?.chunk.excerpt.text == "Kafka tuning")
}
