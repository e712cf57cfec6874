#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import SessionSupport

/// `interview-lsp usage DIR`: tokens the session's model requests used, per model and kind.
struct UsageCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "usage",
        abstract: "Print the model tokens a session folder used, per model and kind (chat, question, judge, embeddings).",
        discussion: """
            Reads the usage log kept in the session's index (.interview/index.sqlite, or the XDG cache when the
            folder is read-only). Answers served from the response cache cost nothing and are not counted.
            Exit 2 when DIR is not a folder.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The session folder.")
    var directory: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() async throws {
        var info = stat()
        guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            StandardOutput.error("error: \(directory) is not a folder")
            throw ExitCode(2)
        }
        let report: UsageReport
        do {
            report = try UsageReport.load(sessionRoot: directory, indexPath: SessionFolder.settings(directory).indexPath)
        } catch {
            StandardOutput.error("error: cannot read the usage of \(directory): \(error)")
            throw ExitCode(2)
        }
        switch format {
        case .text: StandardOutput.write(report.text)
        case .json: StandardOutput.write(report.json)
        }
    }
}
