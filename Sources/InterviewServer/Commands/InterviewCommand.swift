import JSON
import JSONRPC
import LanguageServerProtocol

/// One `workspace/executeCommand` command: its name, its argument decoded once at the edge (a missing or
/// mistyped member is an InvalidParams error that shows the usage), and a typed result.
protocol InterviewCommand: Sendable {
    associatedtype Arguments: Sendable
    associatedtype Output: CommandOutput

    /// The command's name, as listed in `executeCommandProvider`.
    static var name: String { get }
    /// The expected arguments, shown when they do not decode.
    static var usage: String { get }
    /// The typed arguments from the first element of the command's `arguments` (an empty object when absent).
    static func arguments(from argument: JSON) throws(ResponseError) -> Arguments
    /// Runs the command on the server's actor.
    static func run(_ arguments: Arguments, request: CommandRequest, on server: isolated InterviewLanguageServer)
        async throws(ResponseError) -> Output
}

/// What a command's run may need beyond its arguments.
struct CommandRequest: Sendable {
    /// The client's `$/progress` token for this request, when it offered one.
    var workDoneToken: JSON?
}

/// A command's result as sent to the client.
protocol CommandOutput: Sendable {
    var json: JSON { get }
}

extension Optional: CommandOutput where Wrapped: CommandOutput {
    var json: JSON { self?.json ?? .null }
}

extension JSON: CommandOutput {
    var json: JSON { self }
}

extension InterviewCommand {
    /// Decodes `params`' arguments, runs the command and encodes its result.
    static func execute(_ params: ExecuteCommandParams, on server: isolated InterviewLanguageServer) async throws(ResponseError) -> JSON {
        let argument = params.arguments.first ?? [:]
        guard argument.isNull || argument.objectValue != nil else {
            throw .invalidParams("\(name) needs \(usage)")
        }
        let decoded: Arguments
        do {
            decoded = try arguments(from: argument.isNull ? [:] : argument)
        } catch {
            throw .invalidParams("\(name): \(error.message); it needs \(usage)")
        }
        return try await run(decoded, request: CommandRequest(workDoneToken: params.workDoneToken), on: server).json
    }
}
