import ArgumentParser
import InterviewServer
import JSONRPC
import LanguageServerProtocol
import ProductInfo

/// The root command: the language server on stdio, or a subcommand.
struct InterviewLSPCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: ProductInfo.name,
        abstract: "Requirement coverage for interviews: job description + CV + transcript.",
        discussion: """
            With no arguments (or --stdio) runs the language server on stdin/stdout.

            Exit codes:
              0  check: no finding at or above --fail-on; server: exit after shutdown
              1  check: findings at or above --fail-on; server: exit without shutdown
              2  usage error, or an unusable session folder (missing, no JD, unreadable)
            """,
        version: ProductInfo.version,
        subcommands: [CheckCommand.self, AskCommand.self, TranscribeCommand.self, ListenCommand.self, UsageCommand.self, RankCommand.self, ReportCommand.self]
    )

    @Flag(name: .long, help: "Run the language server on stdin/stdout (the default).")
    var stdio = false

    /// vscode-languageclient may append this; accepted so the server starts, and otherwise unused.
    @Option(name: .customLong("clientProcessId"), help: .hidden)
    var clientProcessID: Int?

    func run() async throws {
        let code = await LanguageServerRunner.run()
        throw ExitCode(code)
    }

    /// Parses the arguments and runs; usage errors exit 2 rather than ArgumentParser's 64.
    static func runFromCommandLine() async -> Int32 {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            if let exit = error as? ExitCode { return exit.rawValue }
            let message = fullMessage(for: error)
            if code == .success {
                if !message.isEmpty { StandardOutput.write(message) }
                return 0
            }
            if !message.isEmpty { StandardOutput.error(message) }
            return 2
        }
    }
}

/// Starts the server on stdio and serves until exit.
enum LanguageServerRunner {
    static func run() async -> Int32 {
        let connection = Connection()
        let server = InterviewLanguageServer(connection: connection)
        return await Dispatcher(connection: connection, server: server).run()
    }
}
