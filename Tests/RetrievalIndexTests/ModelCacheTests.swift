import Foundation
import RetrievalIndex
import Testing

@Test func requestHashesAreSHA256() {
    #expect(RequestHash(text: "abc").description == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(RequestHash(text: "").description == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    let long = String(repeating: "a", count: 1000)
    #expect(RequestHash(text: long).description == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
}

@Test func aCachedResponseIsFoundByModelAndRequestOnly() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    let request = RequestHash(text: #"{"messages":[]}"#)

    #expect(try index.cachedResponse(model: "gpt-4o-mini", requestHash: request) == nil)
    try index.storeResponse("It is Go.", model: "gpt-4o-mini", requestHash: request)

    #expect(try index.cachedResponse(model: "gpt-4o-mini", requestHash: request) == "It is Go.")
    #expect(try index.cachedResponse(model: "other-model", requestHash: request) == nil)
    #expect(try index.cachedResponse(model: "gpt-4o-mini", requestHash: RequestHash(text: "{}")) == nil)
    #expect(try index.cachedResponseCount() == 1)
}

@Test func theCacheAndUsageSurviveReopeningAndReindexing() throws {
    let session = try TemporaryDirectory()
    let request = RequestHash(text: "question")
    do {
        let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
        _ = try index.update(documents: [document("cv.md", .cv, sampleCV)])
        try index.storeResponse("answer", model: "m", requestHash: request)
        try index.recordUsage(UsageRecord(model: "m", kind: "chat", promptTokens: 10, completionTokens: 5))
    }
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    _ = try index.update(documents: [document("cv.md", .cv, sampleCV + "\n- Go services")])

    #expect(try index.cachedResponse(model: "m", requestHash: request) == "answer")
    #expect(try index.usageTotals().map(\.totalTokens) == [15])
}

@Test func usageIsSummedPerModelAndKind() throws {
    let session = try TemporaryDirectory()
    let index = try RetrievalIndex(sessionRoot: session.path, location: location(cacheIn: session))
    try index.recordUsage(UsageRecord(model: "gpt-4o-mini", kind: "chat", promptTokens: 100, completionTokens: 20))
    try index.recordUsage(UsageRecord(model: "gpt-4o-mini", kind: "chat", promptTokens: 50, completionTokens: 10))
    try index.recordUsage(UsageRecord(model: "gpt-4o-mini", kind: "judge", promptTokens: 70, completionTokens: 5))
    try index.recordUsage(UsageRecord(model: "text-embedding-3-small", kind: "embeddings", promptTokens: 300, completionTokens: 0))

    let totals = try index.usageTotals()

    #expect(totals == [
        UsageTotal(model: "gpt-4o-mini", kind: "chat", requests: 2, promptTokens: 150, completionTokens: 30),
        UsageTotal(model: "gpt-4o-mini", kind: "judge", requests: 1, promptTokens: 70, completionTokens: 5),
        UsageTotal(model: "text-embedding-3-small", kind: "embeddings", requests: 1, promptTokens: 300, completionTokens: 0),
    ])
}
