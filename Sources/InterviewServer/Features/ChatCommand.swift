import Analysis
import Assistant
import JSON
import LanguageServerProtocol

/// `interview.chat` `[{question, uri?}]` → `{answer, citations: [{uri, range, quote}], mode, notice?}`.
enum ChatCommand {
    static let name = "interview.chat"

    /// The command's result for a checked answer.
    static func json(_ answer: ChatAnswer, locations: SessionLocations) -> JSON {
        var object: [String: JSON] = [
            "answer": .string(answer.answer),
            "citations": .array(answer.citations.map(locations.json)),
            "mode": .string(answer.mode.rawValue),
        ]
        if let notice = answer.notice { object["notice"] = .string(notice) }
        return .object(object)
    }
}

extension InterviewLanguageServer {
    /// With a `workDoneToken` from the client and a model configured, the answer's text so far is reported
    /// as work-done progress while the model writes it.
    func chat(_ arguments: [JSON], workDoneToken: JSON? = nil) async throws(ResponseError) -> JSON {
        let argument = arguments.first ?? [:]
        guard let question = argument["question"]?.stringValue, !question.allSatisfy(\.isWhitespace) else {
            throw .invalidParams("interview.chat needs [{\"question\": <text>, \"uri\"?: <session document>}]")
        }
        guard let directory = commandSession(uri: argument["uri"]?.stringValue),
              let analysis = await latestAnalysis(directory) else {
            throw .invalidParams("no interview session is open: open the session's JD, CV or transcript first, or pass the uri of one of its documents")
        }
        let engine = ChatEngine(analysis: analysis, passages: await passageSource(for: directory), model: languageModel)
        var progress: ChatProgress?
        if languageModel != nil, let token = workDoneToken, !token.isNull {
            progress = ChatProgress(connection: connection, token: token)
        }
        progress?.begin()
        var onDelta: (@Sendable (String) -> Void)?
        if let progress { onDelta = { delta in progress.append(delta) } }
        // Awaiting a nonisolated call frees the actor: diagnostics keep flowing while a model answers.
        let answer = await engine.answer(question, onDelta: onDelta)
        progress?.end()
        if Task.isCancelled { throw .requestCancelled }
        let checked = CitationVerification.verified(answer, checker: CitationChecker(session: analysis.session))
        return ChatCommand.json(checked, locations: locations(in: directory))
    }
}
