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
            Offline unless --summarize is given: then the model writes a summary paragraph from the offline \
            scorecard's text (redacted as every request), with the provider of OPENAI_BASE_URL and OPENAI_API_KEY; \
            DIR's .interview/config.json may narrow it or turn it off but never turns it on. Offline, the same \
            session gives the same bytes. Without --out the report goes to standard output. --out replaces an existing file only when \
            it is a report this command wrote (its first lines carry the "<!-- interview-lsp report -->" marker), \
            or with --force.
            Exit 0 when the report was written (whatever it finds); 2 when DIR is missing, has no job description, \
            or none of its files can be read (as check), when it is a role of several candidates (use rank), or \
            --out cannot be written.
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

    @Flag(help: "Let the model write a summary paragraph (sends the scorecard's text to the provider).")
    var summarize = false

    func run() async throws {
        let (session, settings) = try SessionFolder.load(directory, user: summarize ? ModelSummary.summarizing : SettingsLayer())
        // A scorecard is of one candidate: read as one session, a role would mix the candidates' quotes.
        let role = RoleFolder(session: session)
        guard role.candidates.count < 2 else {
            StandardOutput.error("error: \(directory) is a role of \(role.candidates.count) candidates (\(role.candidates.map(\.name).joined(separator: ", "))): rank them with `interview-lsp rank`, or report on a folder holding the job description and one candidate's files")
            throw ExitCode(2)
        }
        let analysis = SessionAnalyzer(taxonomy: SessionFolder.taxonomy(settings)).analyze(session)
        var card = Scorecard(analysis: analysis)
        if summarize {
            card.modelSummary = await ModelSummary.write(from: ScorecardRenderer.markdown(card), in: directory, settings: settings,
                                                         warn: { StandardOutput.error("warning: \($0)") })
        }
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
