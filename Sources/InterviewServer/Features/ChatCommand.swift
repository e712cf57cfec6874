import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol

/// `interview.chat` `[{question, uri?}]` → `{answer, citations: [{uri, range, quote}], mode, notice?, warning?}`.
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
        if let warning = answer.warning { object["warning"] = .string(warning) }
        return .object(object)
    }
}

extension InterviewLanguageServer {
    func chat(_ arguments: [JSON], workDoneToken: JSON? = nil) async throws(ResponseError) -> JSON {
        let argument = arguments.first ?? [:]
        guard let question = argument["question"]?.stringValue, !question.trimmingWhitespace().isEmpty else {
            throw .invalidParams("interview.chat needs [{\"question\": <text>, \"uri\"?: <session document>}]")
        }
        guard let directory = commandSession(uri: argument["uri"]?.stringValue),
              let analysis = await latestAnalysis(directory) else {
            throw .invalidParams("no interview session is open: open the session's JD, CV or transcript first, or pass the uri of one of its documents")
        }
        // Awaiting a nonisolated call frees the actor: diagnostics keep flowing while a model answers.
        let answer: ChatAnswer
        if let modelAnswer = await modelChatAnswer(question, directory: directory, analysis: analysis, workDoneToken: workDoneToken) {
            answer = modelAnswer
        } else {
            answer = await ChatEngine(analysis: analysis, passages: await passageSource(for: directory)).answer(question)
        }
        if Task.isCancelled { throw .requestCancelled }
        let checked = CitationVerification.verified(answer, checker: CitationChecker(session: analysis.session))
        return ChatCommand.json(checked, locations: locations(in: directory))
    }
}
