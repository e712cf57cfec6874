import JSON
import LanguageServerProtocol

extension InterviewLanguageServer {
    /// The commands of `workspace/executeCommand`, announced in `executeCommandProvider`.
    static let commands = [ChatCommand.name, NextQuestionCommand.name, CodeLensHandler.showCoverage]

    /// Runs a `workspace/executeCommand` request.
    func executeCommand(_ params: JSON) async throws(ResponseError) -> JSON {
        let command = params["command"]?.stringValue ?? ""
        let arguments = params["arguments"]?.arrayValue ?? []
        switch command {
        case ChatCommand.name: return try await chat(arguments, workDoneToken: params["workDoneToken"])
        case NextQuestionCommand.name: return try await nextQuestion(arguments)
        case CodeLensHandler.showCoverage: return try await showCoverage(arguments)
        default: throw .invalidParams("unknown command '\(command)'")
        }
    }
}
