import Analysis
import Foundation
import JSON
import ModelClient
import RetrievalIndex
@testable import SessionSupport
import StandinSupport
import Testing

/// Texts sent for embedding, over all recorded requests.
private func embeddedTexts(_ standin: Standin) async throws -> [String] {
    try await standin.requests(to: "/v1/embeddings").flatMap { request in
        request["json"]?["input"]?.arrayValue?.compactMap(\.stringValue) ?? []
    }
}

@Test(.timeLimit(.minutes(1))) func everyPassageIsEmbeddedOnceAndNeverAgainOnReindex() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = session.services(standin.settings())
    let backfill = EmbeddingBackfill(log: services.log)
    let model = services.client.settings.embeddingModel

    backfill.schedule(index: session.index, client: services.client, store: services.store)
    await backfill.settled()
    let first = try await embeddedTexts(standin)
    #expect(!first.isEmpty)
    #expect(Set(first).count == first.count)
    #expect(try session.index.chunksMissingEmbeddings(model: model).isEmpty)

    _ = try session.index.update(documents: session.analysis.session.documents)
    backfill.schedule(index: session.index, client: services.client, store: services.store)
    await backfill.settled()
    #expect(try await embeddedTexts(standin) == first)

    var documents = session.analysis.session.documents
    let position = try #require(documents.firstIndex { $0.kind == .transcript })
    documents[position].text = SourceText(documents[position].text.text + "Candidate: I also wrote Go services at Lumen Pay.\n")
    _ = try session.index.update(documents: documents)
    backfill.schedule(index: session.index, client: services.client, store: services.store)
    await backfill.settled()
    let added = Array(try await embeddedTexts(standin).dropFirst(first.count))
    #expect(added.count == 1)
    #expect(added.first?.contains("Go services") == true)
    #expect(try session.index.usageTotals().first { $0.kind == "embeddings" }?.requests == 2)
}

@Test(.timeLimit(.minutes(1))) func hybridRetrievalFallsBackToKeywordsWhenTheQuestionCannotBeEmbedded() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = session.services(standin.settings())
    try await standin.fault("500", count: 5)

    let passages = await services.retrieval!.passages(for: "Kubernetes EKS clusters", limit: 5)

    #expect(passages.contains { $0.text.contains("EKS") })
}

@Test(.timeLimit(.minutes(1))) func aChangedStatusFromTheModelIsMarkedAndQuotesItsSource() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = session.services(standin.settings(), judge: true)
    let erlang = try #require(session.analysis.assessments.first { $0.requirement.text.contains("Erlang") })
    #expect(erlang.status == .unmet)
    // The model claims the CV shows Erlang, quoting words that are not there: the judgment is discarded.
    try await standin.configure(["json_content": ["status": "claimed", "source": 1, "quote": "Erlang/OTP at Lumen Pay"]])

    let judged = await ModelJudging(services: services).judged(session.analysis)

    #expect(judged.assessments.allSatisfy { !$0.modelJudged })
    #expect(judged.assessments.map(\.status) == session.analysis.assessments.map(\.status))
}

@Test(.timeLimit(.minutes(1))) func aParaphraseFoundByItsVectorIsJudgedByTheModelAndMarked() async throws {
    let standin = try Standin()
    let quote = "I ran the container orchestration clusters myself"
    let session = try ModelSession(files: [
        "jd.md": "# Platform Engineer\n\n## Requirements\n\n- Hands-on experience running Kubernetes clusters\n",
        "transcript.md": "Candidate: \(quote), mostly the payout pods.\n"])
    let services = session.services(standin.settings(), judge: true)
    try await standin.configure(["json_content": ["status": "verified", "source": 1, "quote": .string(quote)]])
    let backfill = EmbeddingBackfill(log: services.log)
    backfill.schedule(index: session.index, client: services.client, store: services.store)
    await backfill.settled()

    let judged = await ModelJudging(services: services).judged(session.analysis)

    let kubernetes = try #require(judged.assessments.first)
    #expect(session.analysis.assessments.first?.status == .unmet)
    #expect(kubernetes.status == .verified)
    #expect(kubernetes.modelJudged)
    #expect(kubernetes.evidence.first?.excerpt.text == quote)
    #expect(kubernetes.evidence.first?.excerpt.path == "transcript.md")
}
