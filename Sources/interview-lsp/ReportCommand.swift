import Analysis
import ArgumentParser
import Scorecard
import SessionSupport

/// `interview-lsp report DIR`: a recruiter-facing scorecard of the candidate, as Markdown or one HTML file.
struct ReportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a scorecard of the candidate: requirements with quotes, red flags, open questions, coverage chart.",
        discussion: """
            Offline: the summary is written from the analysis, nothing is sent anywhere. The same session gives the \
            same bytes. Without --out the report goes to standard output. --out replaces an existing file only when \
            it is a report this command wrote (its first lines carry the "<!-- interview-lsp report -->" marker), \
            or with --force.
            Exit 0 when the report was written (whatever it finds); 2 when DIR is missing, has no job description, \
            or none of its files can be read (as check), or --out cannot be written.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md, html
    }

    @Argument(help: "The session folder (job description, CV, transcript or notes).")
    var directory: String

    @Option(help: "Output format: md or html.")
    var format: Format = .html

    @Option(name: .long, help: "The file to write, e.g. report.html; standard output when omitted.")
    var out: String?

    @Flag(name: .long, help: "Replace --out even when it is not a previous report.")
    var force = false

    func run() async throws {
        let (analysis, _) = try SessionFolder.analyze(directory)
        let card = Scorecard(analysis: analysis)
        let text = format == .html ? ScorecardRenderer.html(card) : ScorecardRenderer.markdown(card)
        guard let out else {
            StandardOutput.write(text)
            return
        }
        do {
            try TranscriptFile.save(text, to: out, overwrite: force || Self.isPreviousReport(out))
        } catch {
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
        StandardOutput.error("wrote \(out)")
    }

    /// Whether `path` holds a report this command wrote, read like a session file (a regular file, no link).
    private static func isPreviousReport(_ path: String) -> Bool {
        guard let bytes = try? FilePaths.contents(atPath: path) else { return false }
        return ScorecardRenderer.isReport(String(decoding: bytes.prefix(512), as: UTF8.self))
    }
}
