import Analysis
import Assistant
import JSON
import JSONRPC
import LanguageServerProtocol

/// `interview.nextQuestion` `[{uri, requirementId?, show?}]`: the single best next question of the session
/// (or the question for one requirement), with where it comes from; `show` also displays it.
enum NextQuestionCommand {
    static let name = "interview.nextQuestion"

    /// `{question, requirementId, reason, uri, range, grounding: {uri, range, quote} | null}`.
    static func json(_ question: SuggestedQuestion, locations: SessionLocations) -> JSON {
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
    func nextQuestion(_ arguments: [JSON]) async throws(ResponseError) -> JSON {
        let argument = arguments.first ?? [:]
        let requirementId = argument["requirementId"]?.stringValue
        guard let directory = commandSession(uri: argument["uri"]?.stringValue),
              let analysis = await latestAnalysis(directory) else { return .null }
        if let requirementId, !analysis.assessments.contains(where: { $0.requirement.id == requirementId }) {
            throw .invalidParams("no requirement '\(requirementId)' in this session (ignored requirements get no questions)")
        }
        guard var question = NextQuestionPicker.best(in: analysis, requirementId: requirementId) else { return .null }
        if let assessment = analysis.assessments.first(where: { $0.requirement.id == question.requirementId }),
           let written = await modelQuestion(for: assessment, directory: directory) {
            question = written
        }
        if argument["show"]?.boolValue == true {
            connection.send(Notification(method: "window/showMessage",
                                         params: ShowMessageParams(type: .info, message: "Ask next: \(question.text)").json))
        }
        return NextQuestionCommand.json(question, locations: locations(in: directory))
    }
}
