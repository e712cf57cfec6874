import JSON
import JSONRPC

/// `interview.showCoverage` `[{uri}]` (a JD, the code lens's command): shows its coverage requirement by
/// requirement with `window/showMessage` and returns the text.
enum ShowCoverageCommand: InterviewCommand {
    static let name = "interview.showCoverage"
    static let usage = "[{\"uri\": <JD uri>}]"

    static func arguments(from argument: JSON) throws(ResponseError) -> String {
        try argument.requiredString("uri")
    }

    static func run(_ uri: String, request: CommandRequest, on server: isolated InterviewLanguageServer)
        async throws(ResponseError) -> JSON {
        .string(try await server.showCoverage(uri: uri))
    }
}
