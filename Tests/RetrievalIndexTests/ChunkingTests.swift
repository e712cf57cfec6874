import Analysis
import RetrievalIndex
import Testing

private let longParagraph = (0..<60).map { "Sentence \($0) explains how the candidate scaled the Kafka cluster." }.joined(separator: " ")

private let documents: [SessionDocument] = [
    document("jd.md", .jd, "# Platform Engineer\n\n## Requirements\n- 5+ years of Go\n- Kubernetes in production 🚀\n\n\(longParagraph)\n"),
    document("cv.md", .cv, sampleCV),
    document("transcript.md", .transcript, sampleTranscript.replacingOccurrences(of: "\n", with: "\r\n")),
    document("interview.vtt", .transcript, "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Jane>I built the 𝔰𝔥𝔦𝔭𝔭𝔢𝔯 in Rust.</v>\n"),
    document("notes.md", .notes, "Strong answer on EKS.\n\n  Follow up on Kafka — 日本語 too.  \n"),
    document("readme.txt", .other, "Intro line.\r\n\r\n\(longParagraph)\r\nsecond line of the same paragraph\n"),
]

@Test func everyChunkRangeSelectsExactlyItsTextInTheDocument() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: documents)

    for document in documents {
        let chunks = try index.chunks(inDocument: document.path)
        #expect(!chunks.isEmpty, "\(document.path) has no chunks")
        for chunk in chunks {
            #expect(document.text.text(in: chunk.excerpt.range).map(String.init) == chunk.excerpt.text, "\(document.path) \(chunk.excerpt.range)")
            #expect(chunk.excerpt.text.first?.isWhitespace == false && chunk.excerpt.text.last?.isWhitespace == false)
            #expect(chunk.excerpt.kind == document.kind)
        }
    }
}

@Test func longProseIsCutIntoOverlappingWindowsAtWordBoundaries() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let source = document("readme.txt", .other, longParagraph)
    _ = try index.update(documents: [source])

    let windows = try index.chunks(inDocument: "readme.txt")

    #expect(windows.count >= 8)
    #expect(windows.allSatisfy { $0.chunkKind == .window && $0.excerpt.text.unicodeScalars.count <= 400 })
    for (previous, next) in zip(windows, windows.dropFirst()) {
        #expect(next.excerpt.range.start < previous.excerpt.range.end, "windows overlap")
        #expect(previous.excerpt.range.start < next.excerpt.range.start, "windows advance")
    }
    let words = Set(longParagraph.split(separator: " ").map(String.init))
    for window in windows {
        #expect(window.excerpt.text.split(separator: " ").allSatisfy { words.contains(String($0)) }, "no word is cut")
    }
}

@Test func shortStructuredLinesAreNeverWindowed() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("notes.md", .notes, "Strong answer on EKS.\nWeak on Kafka.")])

    let chunks = try index.chunks(inDocument: "notes.md")

    #expect(chunks.map(\.excerpt.text) == ["Strong answer on EKS.", "Weak on Kafka."])
    #expect(chunks.allSatisfy { $0.chunkKind == .line })
}

@Test func theContentHashIsStableAcrossRuns() {
    #expect(ContentHash("").description == "cbf29ce484222325")
    #expect(ContentHash("a").description == "af63dc4c8601ec8c")
    #expect(ContentHash("Kubernetes").value != ContentHash("kubernetes").value)
}

@Test func aTranscriptTurnIsOneChunkWithItsSpeakerAndTimestamp() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let transcript = """
        [00:01:05] Interviewer: Have you used Kafka?
        [00:01:09] Candidate: Yes, I ran Kafka for the payments team.
        """
    _ = try index.update(documents: [document("transcript.md", .transcript, transcript)])

    let hit = try #require(try index.search("payments Kafka").first)

    #expect(hit.chunk.chunkKind == .turn)
    #expect(hit.chunk.excerpt.text == "Yes, I ran Kafka for the payments team.")
    #expect(hit.chunk.excerpt.speaker == "Candidate")
    #expect(hit.chunk.speakerRole == .candidate)
    #expect(hit.chunk.excerpt.timestamp == "00:01:09")
}

@Test func aWebVTTCueIsAChunkWithTheVoiceTagSpeaker() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Jane Doe>I migrated our services to EKS.</v>\n"
    _ = try index.update(documents: [document("interview.vtt", .transcript, vtt)])

    let chunks = try index.chunks(inDocument: "interview.vtt")

    #expect(chunks.count == 1)
    #expect(chunks.first?.excerpt.speaker == "Jane Doe")
    #expect(chunks.first?.excerpt.timestamp == "00:00:01")
    #expect(chunks.first?.excerpt.text.contains("migrated our services to EKS") == true)
}

@Test func eachJobRequirementIsItsOwnChunk() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let jd = "# Platform Engineer\n\nWe run a large fleet.\n\n## Requirements\n- 5+ years of Go\n- Kubernetes in production\n"
    _ = try index.update(documents: [document("jd.md", .jd, jd)])

    let chunks = try index.chunks(inDocument: "jd.md")

    #expect(chunks.filter { $0.chunkKind == .requirement }.map(\.excerpt.text) == ["5+ years of Go", "Kubernetes in production"])
    #expect(chunks.contains { $0.chunkKind == .line && $0.excerpt.text == "We run a large fleet." })
}

@Test func aCVRoleAndEachOfItsBulletsAreChunks() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])

    let chunks = try index.chunks(inDocument: "cv.md")

    #expect(chunks.contains { $0.chunkKind == .role && $0.excerpt.text.contains("Senior SRE, Acme Corp") })
    #expect(chunks.filter { $0.chunkKind == .entry }.map(\.excerpt.text).contains("Moved 30 services to EKS with Terraform"))
    #expect(chunks.filter { $0.chunkKind == .entry }.map(\.excerpt.text).contains("Wrote C++ tooling for log shipping"))
}

@Test func anIgnoredRequirementIsNotIndexed() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let jd = "## Requirements\n- 5+ years of Go\n- Experience with COBOL <!-- interview: ignore -->\n"
    _ = try index.update(documents: [document("jd.md", .jd, jd)])

    #expect(try index.search("COBOL").isEmpty)
    #expect(try index.search("Go").count == 1)
}

@Test func frontMatterAndCommentLinesAreNotIndexed() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let notes = "---\nkind: notes\ncandidate: Jane Doe\n---\nStrong on EKS.\n<!-- reviewed by panel -->\n"
    _ = try index.update(documents: [document("notes.md", .notes, notes)])

    #expect(try index.chunks(inDocument: "notes.md").map(\.excerpt.text) == ["Strong on EKS."])
}
