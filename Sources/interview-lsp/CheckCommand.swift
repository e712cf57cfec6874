import Analysis
import ArgumentParser
import JSON
import SessionSupport

/// `interview-lsp check DIR`: analyses a session folder and prints a report.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Analyse a session folder and report requirement coverage.",
        discussion: """
            --fail-on must: exit 1 when a must requirement is unmet or contradicted.
            --fail-on any: exit 1 on any finding (unmet, contradicted or only claimed).
            --fail-on none: exit 0 whatever is found.
            Exit 2 when DIR is missing, has no job description, or none of its files can be read.
            Offline unless --judge is given: then the model judges unmet and claimed requirements, and the report \
            marks what it changed. The provider comes from OPENAI_BASE_URL and OPENAI_API_KEY; DIR's \
            .interview/config.json may narrow it (turn judging off, refuse remote endpoints, choose an endpoint on \
            this machine that then gets only its own key) but can never turn the model on by itself.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, sarif
    }

    enum FailOn: String, ExpressibleByArgument, CaseIterable {
        case must, any, none
    }

    @Argument(help: "The session folder (job description, CV, transcript or notes).")
    var directory: String

    @Option(help: "Output format: text, json or sarif.")
    var format: Format = .text

    @Option(name: .customLong("fail-on"), help: "Which findings make the exit code 1: must, any or none.")
    var failOn: FailOn = .must

    @Flag(help: "Let the model judge unmet and claimed requirements (sends the session's passages to the provider).")
    var judge = false

    func run() async throws {
        let (offline, settings) = try SessionFolder.analyze(directory, user: judge ? ModelCheck.judging : SettingsLayer())
        let analysis = await ModelCheck.judged(offline, in: directory, settings: settings)
        switch format {
        case .text: StandardOutput.write(ReportRenderer.text(analysis))
        case .json: StandardOutput.write(ReportRenderer.json(analysis))
        case .sarif: StandardOutput.write(ReportRenderer.sarif(analysis))
        }
        if Self.fails(analysis.findings, on: failOn) { throw ExitCode(1) }
    }

    /// Whether the findings should fail the run at the `failOn` threshold.
    static func fails(_ findings: [Finding], on failOn: FailOn) -> Bool {
        switch failOn {
        case .none:
            false
        case .any:
            !findings.isEmpty
        case .must:
            findings.contains { finding in
                finding.assessment.requirement.priority == .must
                    && (finding.assessment.status == .unmet || finding.assessment.status == .contradicted)
            }
        }
    }
}
