import Analysis
import Assistant
import Foundation
import JSON
import ModelClient
@testable import SessionSupport
import StandinSupport
import Testing

private let question = "How strong is the candidate on Kubernetes?"

/// Canned model prose citing one real quote of the first retrieved passage, one quote the passage does not
/// contain, and a source that does not exist.
private func cannedAnswer(realQuote: String) -> String {
    "Kubernetes is evidenced [S1: \"\(realQuote)\"]. She \"founded the Rust Foundation\" [S1: \"founded the Rust Foundation\"] "
        + "and led a team of forty [S9: \"led a team of forty\"]."
}

@Test(.timeLimit(.minutes(1))) func aModelAnswerStreamsAndKeepsOnlyCitationsFoundInTheirSource() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = session.services(standin.settings())
    let passages = await services.retrieval!.passages(for: question, limit: ModelChat.passageLimit)
    let real = String(try #require(passages.first).text.split(separator: " ").prefix(4).joined(separator: " "))
    try await standin.configure(["chat_content": .string(cannedAnswer(realQuote: real)), "chunk_size": 8])
    let deltas = DeltaCollector()

    let answer = await ModelChat(services: services).answer(question, analysis: session.analysis, onPartial: deltas.append)

    #expect(answer.mode == .llm)
    #expect(answer.notice == nil)
    #expect(deltas.deltas.count > 3)
    #expect(answer.citations.map(\.text) == [real])
    #expect(!answer.answer.contains("[2]"))
    #expect(answer.answer.contains("[1]"))
    // What streams is the answer so far with its markers checked: nothing shown is later taken back.
    #expect(deltas.deltas.filter { $0.contains("[S") }.isEmpty)
    #expect(deltas.deltas.filter { !answer.answer.hasPrefix($0) }.isEmpty)
    #expect(deltas.deltas.last == answer.answer)
}

@Test(.timeLimit(.minutes(1))) func aRepeatedQuestionIsAnsweredFromTheSessionCache() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = session.services(standin.settings())

    let first = await ModelChat(services: services).answer(question, analysis: session.analysis, onPartial: nil)
    let requestsAfterFirst = try await standin.requests().count
    let second = await ModelChat(services: services).answer(question, analysis: session.analysis, onPartial: nil)

    #expect(first.mode == .llm)
    #expect(second == first)
    #expect(try await standin.requests().count == requestsAfterFirst)
    #expect(try await standin.requests(to: "/v1/chat/completions").count == 1)
    let totals = try session.index.usageTotals()
    #expect(totals.first { $0.kind == "chat" }?.requests == 1)
    #expect((totals.first { $0.kind == "chat" }?.promptTokens ?? 0) > 0)
}

@Test(.timeLimit(.minutes(1)), arguments: ["500", "reset", "cut-stream", "malformed-sse", "echo-auth", "slow:2500"])
func aProviderFaultFallsBackToTheOfflineAnswerWithANotice(fault: String) async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = session.services(standin.settings(timeout: 1))
    try await standin.fault(fault, count: 10)
    let started = ContinuousClock.now

    let answer = await ModelChat(services: services).answer(question, analysis: session.analysis, onPartial: DeltaCollector().append)

    #expect(answer.mode == .offline)
    let notice = try #require(answer.notice)
    #expect(notice.contains("offline answer"))
    #expect(!notice.contains(Standin.apiKey))
    // Not a speed figure: a fallback that retried the ten slow answers would take 25 s (loose for a loaded machine).
    #expect(started.duration(to: .now) < .seconds(15))
    #expect(!answer.answer.isEmpty)
}

@Test(.timeLimit(.minutes(1))) func aRateLimitIsWaitedOutAndTheModelStillAnswers() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = session.services(standin.settings(maxRetries: 2))
    try await standin.fault("429:1", count: 2)
    let started = ContinuousClock.now

    let answer = await ModelChat(services: services).answer(question, analysis: session.analysis, onPartial: nil)

    #expect(answer.mode == .llm)
    #expect(started.duration(to: .now) >= .seconds(1))
    #expect(started.duration(to: .now) < .seconds(8))
}

/// Services for `session` through `standin`, once its passages are embedded (what a model-enabled session holds).
private func embedded(_ session: ModelSession, through standin: Standin) async -> SessionModelServices {
    let services = session.services(standin.settings())
    let backfill = EmbeddingBackfill(log: services.log)
    backfill.schedule(index: session.index, client: services.client, store: services.store)
    await backfill.settled()
    return services
}

@Test(.timeLimit(.minutes(1))) func nothingSentToTheProviderContainsTheCandidatesEmailOrPhone() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = await embedded(session, through: standin)
    _ = await ModelChat(services: services).answer("What are her contact details and phone?", analysis: session.analysis, onPartial: nil)
    _ = await ModelJudging(services: services).judged(session.analysis)

    let bodies = try await standin.requests().compactMap { $0["body"]?.stringValue }
    #expect(bodies.count >= 3)
    for body in bodies {
        #expect(!body.contains(ModelSession.email))
        #expect(!body.contains("7946"))
    }
    #expect(bodies.contains { $0.contains("[email]") })
}

@Test(.timeLimit(.minutes(1))) func theKeyIsNeverStoredInTheIndexOrItsCache() async throws {
    let standin = try Standin()
    let session = try ModelSession()
    let services = await embedded(session, through: standin)
    _ = await ModelChat(services: services).answer(question, analysis: session.analysis, onPartial: nil)
    try await standin.fault("echo-auth", count: 5)
    _ = await ModelChat(services: services).answer("Any red flags?", analysis: session.analysis, onPartial: nil)

    #expect(try session.index.cachedResponseCount() > 0)
    let bytes = session.indexBytes()
    #expect(bytes.range(of: Data(Standin.apiKey.utf8)) == nil)
    #expect(bytes.range(of: Data("4242".utf8)) == nil)
}
