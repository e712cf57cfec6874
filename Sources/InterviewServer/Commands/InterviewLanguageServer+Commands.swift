import JSON
import JSONRPC
import LanguageServerProtocol

extension InterviewLanguageServer {
    /// The commands of `workspace/executeCommand`, in the order they are announced.
    static let commandTypes: [any InterviewCommand.Type] = [
        ChatCommand.self, NextQuestionCommand.self, ShowCoverageCommand.self, TranscribeCommand.self, RankCommand.self,
    ]

    /// What the server offers, announced at `initialize`.
    static var serverCapabilities: ServerCapabilities {
        var capabilities = ServerCapabilities()
        capabilities.incrementalSync = true
        capabilities.workspaceFolders = true
        capabilities.commands = commandTypes.map { $0.name }
        capabilities.hover = true
        capabilities.definition = true
        capabilities.references = true
        capabilities.documentSymbols = true
        capabilities.codeLenses = true
        capabilities.codeActionKinds = ["quickfix"]
        return capabilities
    }

    /// `workspace/executeCommand`: runs the named command.
    func execute(_ params: ExecuteCommandParams) async throws(ResponseError) -> JSON {
        guard let command = Self.commandTypes.first(where: { $0.name == params.command }) else {
            throw .invalidParams("unknown command '\(params.command)'")
        }
        return try await command.execute(params, on: self)
    }
}
