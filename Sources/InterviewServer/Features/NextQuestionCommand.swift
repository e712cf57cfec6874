import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol

/// `interview.nextQuestion` `[{uri, requirementId?, show?}]`: the single best next question of the session
/// (or the question for one requirement), with where it comes from; `show` also displays it.
enum NextQuestionCommand: InterviewCommand {
    struct Arguments: Sendable {
        /// A document of the session; the most recently used session otherwise.
        var uri: String?
        /// The requirement to ask about; the best one otherwise.
        var requirementId: String?
        /// Also display the question (`window/showMessage`).
        var show: Bool
    }

    static let name = "interview.nextQuestion"
    static let usage = "[{\"uri\"?: <session document>, \"requirementId\"?: <id>, \"show\"?: true|false}]"

    static func arguments(from argument: JSON) throws(ResponseError) -> Arguments {
        Arguments(uri: try argument.optionalString("uri"), requirementId: try argument.optionalString("requirementId"),
                  show: try argument.optionalBool("show") ?? false)
    }

    static func run(_ arguments: Arguments, request: CommandRequest, on server: isolated InterviewLanguageServer)
        async throws(ResponseError) -> NextQuestionResult? {
        try await server.nextQuestion(arguments)
    }
}

/// The question to ask next, with the session's files to name its places by URI.
struct NextQuestionResult: CommandOutput {
    var question: SuggestedQuestion
    var locations: SessionLocations

    /// `{question, requirementId, reason, uri, range, grounding: {uri, range, quote} | null}`.
    var json: JSON {
        [
            "question": .string(question.text),
            "requirementId": .string(question.requirementId),
            "reason": .string(question.reason),
            "uri": .string(locations.uri(for: question.requirement.path)),
            "range": Range(question.requirement.range).json,
            "grounding": question.grounding.map(locations.json) ?? .null,
        ]
    }
}

extension InterviewLanguageServer {
    /// The best next question of the session (or the one for `arguments.requirementId`); nil when no session is
    /// open or nothing is left to ask.
    func nextQuestion(_ arguments: NextQuestionCommand.Arguments) async throws(ResponseError) -> NextQuestionResult? {
        let requirementId = arguments.requirementId
        // In a role, the candidate of `uri` (for its JD, the candidate in view); nobody to ask with none in view.
        guard let directory = commandSession(uri: arguments.uri),
              let view = await latestView(directory, uri: arguments.uri), !view.isRoleOverview else { return nil }
        let analysis = view.analysis
        if let requirementId, !analysis.assessments.contains(where: { $0.requirement.id == requirementId }) {
            throw .invalidParams("no requirement '\(requirementId)' in this session (ignored requirements get no questions)")
        }
        guard var question = NextQuestionPicker.best(in: analysis, requirementId: requirementId) else { return nil }
        if let assessment = analysis.assessments.first(where: { $0.requirement.id == question.requirementId }),
           let written = await modelQuestion(for: assessment, directory: directory, candidate: view.candidate?.name) {
            question = written
        }
        if arguments.show {
            connection.send(Notification(method: "window/showMessage",
                                         params: ShowMessageParams(type: .info, message: "Ask next: \(question.text)").json))
        }
        return NextQuestionResult(question: question, locations: locations(in: directory))
    }
}
