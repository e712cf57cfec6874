#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import FoundationEssentials
import ModelClient

/// Turns an interview recording into a Markdown transcript the engine reads like a typed one.
public enum TranscriptFile {
    /// Why a transcript was not written.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// What went wrong, for the user.
        public var description: String
    }

    /// The model options for a transcript written into `folder`: `userSettings` as far as the folder's
    /// `.interview/config.json` may change them, with `OPENAI_API_KEY` / `OPENAI_BASE_URL` from `environment`;
    /// the warnings name the config's bad and ignored settings.
    public static func options(forFolder folder: String, userSettings: SettingsLayer = SettingsLayer(),
                               environment: [String: String]) -> (options: ModelOptions, warnings: [String]) {
        let (settings, folderWarnings) = ServerSettings.resolve(folder: folder, user: userSettings)
        var warnings = folderWarnings
        if !settings.ignoredFolderSettings.isEmpty {
            warnings.append("\(FilePaths.join(folder, SettingsLayer.projectFileName)): \(IgnoredFolderSetting.notice(settings.ignoredFolderSettings))")
        }
        return (ModelOptions(settings, environment: environment), warnings)
    }

    /// Uploads `audioPath` and returns the transcript as Markdown (speakers and timestamps on each turn).
    public static func markdown(audioPath: String, language: String?, options: ModelOptions,
                                log: @escaping @Sendable (String) -> Void = { _ in }) async throws -> (markdown: String, turns: Int) {
        let client = ModelClient(settings: options.client, logger: ModelLogger(log))
        let result: TranscriptionResult
        do {
            result = try await client.transcribe(audioPath: audioPath, language: language)
        } catch let error as ModelError {
            throw Failure(description: error.description)
        }
        let name = FilePaths.lastComponent(of: audioPath)
        let markdown = result.markdown(title: "Interview transcript: \(name)")
        let turns = result.segments.isEmpty ? (result.text.isEmpty ? 0 : 1) : result.segments.count
        return (markdown, turns)
    }

    /// Writes `text` to a new file at `path`; an existing file is replaced only with `overwrite`.
    public static func save(_ text: String, to path: String, overwrite: Bool) throws {
        // Never through a link: one swapped in after the caller's checks would truncate whatever it points at.
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | O_NOFOLLOW | (overwrite ? O_TRUNC : O_EXCL)
        let descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            let code = errno
            if code == EEXIST {
                throw Failure(description: "\(path) already exists; pass --force to replace it")
            }
            if code == ELOOP {
                throw Failure(description: "\(path) is a symbolic link; not followed, write to the file itself")
            }
            throw Failure(description: "cannot write \(path): \(String(cString: strerror(code)))")
        }
        defer { close(descriptor) }
        let code = RegularFile.writeAll(Array(text.utf8), to: descriptor)
        guard code == 0 else { throw Failure(description: "cannot write \(path): \(String(cString: strerror(code)))") }
    }
}
