import Analysis
import ArgumentParser
import JSON
import SessionSupport

/// `interview-lsp rank ROLE`: ranks the candidates of a role folder by their coverage of its job description.
struct RankCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank the candidates of a role folder (one JD, a sub-folder or a CV file per candidate).",
        discussion: """
            Each candidate is analysed with the role's JD and their own files only. Offline.
            Exit 2 when ROLE is missing, has no job description, or no candidate.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, html
    }

    @Argument(help: "The role folder: the job description, and a sub-folder or a CV file per candidate.")
    var directory: String

    @Option(help: "Output format: text, json or html.")
    var format: Format = .text

    func run() async throws {
        let (session, settings) = try SessionFolder.load(directory)
        let role = RoleFolder(session: session)
        for problem in role.problems where !session.problems.contains(problem) {
            StandardOutput.error("warning: \(problem.path): \(problem.message)")
        }
        guard !role.candidates.isEmpty else {
            StandardOutput.error("error: no candidate in \(directory) (a sub-folder with a CV, or a CV file beside the JD)")
            throw ExitCode(2)
        }
        let ranking = RoleRanking(role: role, analyzer: SessionAnalyzer(taxonomy: SessionFolder.taxonomy(settings)))
        switch format {
        case .text: StandardOutput.write(RankReport.text(ranking))
        case .json: StandardOutput.write(RankReport.json(ranking))
        case .html: StandardOutput.write(RankReport.html(ranking))
        }
    }
}
