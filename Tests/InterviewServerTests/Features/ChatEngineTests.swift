import Analysis
import Assistant
@testable import InterviewServer
import JSON
import Synchronization
import Testing

private struct StreamingModel: LanguageModel {
    let pieces: [String]

    func complete(system: String, user: String, schema: JSON?, onDelta: (@Sendable (String) -> Void)?) async throws -> String {
        for piece in pieces { onDelta?(piece) }
        return pieces.joined()
    }
}

private struct FailingModel: LanguageModel {
    struct Unreachable: Error {}

    func complete(system: String, user: String, schema: JSON?, onDelta: (@Sendable (String) -> Void)?) async throws -> String {
        throw Unreachable()
    }
}

private let session = Session(root: "/s", documents: [
    SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Role\n\n## Requirements\n\n- Experience with Erlang/OTP in production\n")),
    SessionDocument(path: "transcript.md", kind: .transcript, text: SourceText("Interviewer: Erlang?\nCandidate: Not really.\n")),
])

@Test func withAModelTheAnswerStreamsItsTextAndIsAnLLMAnswer() async {
    let analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
    let received = Mutex<[String]>([])
    let engine = ChatEngine(analysis: analysis, passages: nil, model: StreamingModel(pieces: ["Erlang is ", "unmet."]))

    let answer = await engine.answer("Is Erlang covered?") { piece in received.withLock { $0.append(piece) } }

    #expect(answer.mode == .llm)
    #expect(answer.answer.contains("Erlang is unmet."))
    #expect(received.withLock { $0 } == ["Erlang is ", "unmet."])
}

@Test func aFailingModelFallsBackToTheOfflineAnswerWithANotice() async {
    let analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
    let answer = await ChatEngine(analysis: analysis, passages: nil, model: FailingModel())
        .answer("What skills are missing for this JD?")

    #expect(answer.mode == .offline)
    #expect(answer.notice?.isEmpty == false)
    #expect(answer.answer.contains("Erlang/OTP"))
}

@Test func withoutAModelTheAnswerIsOffline() async {
    let analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
    let answer = await ChatEngine(analysis: analysis, passages: nil, model: nil).answer("What skills are missing for this JD?")
    #expect(answer.mode == .offline)
    #expect(answer.notice == nil)
    #expect(!answer.citations.isEmpty)
}
