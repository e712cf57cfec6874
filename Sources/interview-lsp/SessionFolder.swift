#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import ArgumentParser
import SessionSupport

/// Loading and analysing a session folder for a subcommand, with `check`'s messages and exit code 2.
enum SessionFolder {
    /// The folder's settings: `user` (what the command line turns on) over the defaults, as far as the folder's
    /// own config may change them; the config's warnings go to stderr.
    static func settings(_ directory: String, user: SettingsLayer = SettingsLayer()) -> ServerSettings {
        let (settings, warnings) = ServerSettings.resolve(folder: directory, user: user)
        for warning in warnings { StandardOutput.error("warning: \(warning)") }
        return settings
    }

    /// The analysis of the folder with its settings, the folder config's ignored settings among the session's
    /// problems; exits 2 (after a message on stderr) when the folder is missing, unreadable, or has no job
    /// description.
    static func analyze(_ directory: String, user: SettingsLayer = SettingsLayer()) throws -> (analysis: SessionAnalysis, settings: ServerSettings) {
        let (session, settings) = try load(directory, user: user)
        return (SessionAnalyzer(taxonomy: taxonomy(settings)).analyze(session), settings)
    }

    /// The folder read as one session with its settings, under the same checks and exit code 2 as `analyze`.
    static func load(_ directory: String, user: SettingsLayer = SettingsLayer()) throws -> (session: Session, settings: ServerSettings) {
        var info = stat()
        guard stat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            StandardOutput.error("error: \(directory) is not a folder")
            throw ExitCode(2)
        }
        let settings = settings(directory, user: user)
        var session: Session
        do {
            session = try SessionLoader.load(directory: directory, globs: settings.documentGlobs)
        } catch {
            StandardOutput.error("error: \(error.message)")
            throw ExitCode(2)
        }
        if !settings.ignoredFolderSettings.isEmpty {
            let config = SettingsLayer.projectFileName
            let problem = SessionProblem(path: config, message: "\(config): \(IgnoredFolderSetting.notice(settings.ignoredFolderSettings))")
            session = Session(root: session.root, documents: session.documents, problems: session.problems + [problem])
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
        return (session, settings)
    }

    /// The bundled taxonomy with the settings' own skills.
    static func taxonomy(_ settings: ServerSettings) -> SkillTaxonomy {
        SkillTaxonomy.bundled(with: settings.skills)
    }
}
