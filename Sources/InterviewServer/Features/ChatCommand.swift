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
    func chat(_ arguments: [JSON]) async throws(ResponseError) -> JSON {
        let argument = arguments.first ?? [:]
        guard let question = argument["question"]?.stringValue, !question.trimmingWhitespace().isEmpty else {
            throw .invalidParams("interview.chat needs [{\"question\": <text>, \"uri\"?: <session document>}]")
        }
        guard let directory = commandSession(uri: argument["uri"]?.stringValue),
              let analysis = await latestAnalysis(directory) else {
            throw .invalidParams("no interview session is open: open the session's JD, CV or transcript first, or pass the uri of one of its documents")
        }
        let engine = ChatEngine(analysis: analysis, passages: await passageSource(for: directory), model: languageModel)
        // Awaiting a nonisolated call frees the actor: diagnostics keep flowing while a model answers.
        let answer = await engine.answer(question)
        if Task.isCancelled { throw .requestCancelled }
        let checked = CitationVerification.verified(answer, checker: CitationChecker(session: analysis.session))
        return ChatCommand.json(checked, locations: locations(in: directory))
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0.isWhitespace }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
