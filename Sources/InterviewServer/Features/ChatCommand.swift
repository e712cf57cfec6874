import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol

/// `interview.chat` `[{question, uri?}]` → `{answer, citations: [{uri, range, quote}], mode, notice?, warning?}`.
enum ChatCommand: InterviewCommand {
    struct Arguments: Sendable {
        var question: String
        /// A document of the session asked about; the most recently used session otherwise.
        var uri: String?
    }

    static let name = "interview.chat"
    static let usage = "[{\"question\": <text>, \"uri\"?: <session document>}]"

    static func arguments(from argument: JSON) throws(ResponseError) -> Arguments {
        let question = try argument.requiredString("question")
        guard !question.trimmingWhitespace().isEmpty else { throw .invalidParams("'question' is empty") }
        return Arguments(question: question, uri: try argument.optionalString("uri"))
    }

    static func run(_ arguments: Arguments, request: CommandRequest, on server: isolated InterviewLanguageServer)
        async throws(ResponseError) -> ChatResult {
        try await server.chat(arguments.question, uri: arguments.uri, workDoneToken: request.workDoneToken)
    }
}

/// A checked chat answer, with the session's files to name its citations by URI.
struct ChatResult: CommandOutput {
    var answer: ChatAnswer
    var locations: SessionLocations

    var json: JSON {
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
    /// The answer to `question` about the session of `uri` (or the most recent one), by the model when one is
    /// enabled and answers, offline otherwise; its citations checked against the files.
    func chat(_ question: String, uri: String?, workDoneToken: JSON?) async throws(ResponseError) -> ChatResult {
        guard let directory = commandSession(uri: uri),
              var view = await latestView(directory, uri: uri) else {
            throw .invalidParams("no interview session is open: open the session's JD, CV or transcript first, or pass the uri of one of its documents")
        }
        // Awaiting a nonisolated call frees the actor: diagnostics keep flowing while a model answers.
        let answer: ChatAnswer
        // What the citations are checked against: the files the answer was given from.
        var cited: Session?
        // A role's candidates are compared by the ranking, each analysed alone, never by one answer over all their files.
        if RankingAnswer.asks(question), let ranking = await ranking(in: directory, minimumCandidates: 2) {
            answer = RankingAnswer.answer(ranking)
            cited = Session(root: directory, documents: ranking.role.jobDescriptions + ranking.role.candidates.flatMap(\.documents))
        } else if let role = view.role, view.candidate == nil,
                  let named = RoleChat.candidate(namedIn: question, role: role.role).flatMap(role.candidate(named:)) {
            // A question about one candidate, asked from the role's JD: that candidate's files only.
            view = SessionView(analysis: role.candidates[named], role: role, candidate: role.role.candidates[named])
            answer = try await chatAnswer(question, view: view, directory: directory, workDoneToken: workDoneToken)
        } else if let role = view.role, view.candidate == nil {
            answer = RoleChat.askACandidate(role.role)
        } else {
            answer = try await chatAnswer(question, view: view, directory: directory, workDoneToken: workDoneToken)
        }
        if Task.isCancelled { throw .requestCancelled }
        let checked = CitationVerification.verified(answer, checker: CitationChecker(session: cited ?? view.analysis.session))
        return ChatResult(answer: checked, locations: locations(in: directory))
    }

    /// The model's or the offline answer from one session, or one candidate of a role with their own index.
    private func chatAnswer(_ question: String, view: SessionView, directory: String,
                            workDoneToken: JSON?) async throws(ResponseError) -> ChatAnswer {
        let passages = if let candidate = view.candidate {
            await passageSource(for: directory, candidate: candidate, analysis: view.analysis)
        } else {
            await passageSource(for: directory)
        }
        if let modelAnswer = await modelChatAnswer(question, directory: directory, analysis: view.analysis,
                                                   candidate: view.candidate?.name, workDoneToken: workDoneToken) {
            return modelAnswer
        }
        return await ChatEngine(analysis: view.analysis, passages: passages).answer(question)
    }
}
