#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import ArgumentParser
import InterviewServer
import JSON

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

    func run() async throws {
        var info = stat()
        guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            StandardOutput.error("error: \(directory) is not a folder")
            throw ExitCode(2)
        }
        let project = SettingsLayer.project(in: directory)
        for warning in project.warnings { StandardOutput.error("warning: \(warning)") }
        let settings = ServerSettings.resolve([project.layer])
        let session: Session
        do {
            session = try SessionLoader.load(directory: directory, globs: settings.documentGlobs)
        } catch {
            StandardOutput.error("error: \(error.message)")
            throw ExitCode(2)
        }
        for problem in session.problems {
            StandardOutput.error("warning: \(problem.path): \(problem.message)")
        }
        guard !session.documents.isEmpty else {
            StandardOutput.error("error: no readable session documents in \(directory)")
            throw ExitCode(2)
        }
        guard !session.documents(of: .jd).isEmpty else {
            StandardOutput.error("error: no job description found in \(directory) (name it jd.md, job.md, or add front matter 'kind: jd')")
            throw ExitCode(2)
        }
        let taxonomy = settings.skills.isEmpty ? SkillTaxonomy.bundled : SkillTaxonomy.bundled.merging(settings.skills)
        let analysis = SessionAnalyzer(taxonomy: taxonomy).analyze(session)
        switch format {
        case .text: StandardOutput.write(ReportRenderer.text(analysis))
        case .json: StandardOutput.write(ReportRenderer.json(analysis).serialized(pretty: true))
        case .sarif: StandardOutput.write(ReportRenderer.sarif(analysis).serialized(pretty: true))
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
