import Analysis
import ArgumentParser
import FoundationEssentials
import SessionSupport

/// `interview-lsp transcribe AUDIO --out transcript.md`: a diarized Markdown transcript from a recording.
struct TranscribeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "transcribe",
        abstract: "Transcribe an interview recording into a Markdown transcript with speakers and timestamps.",
        discussion: """
            Uploads AUDIO to the OpenAI-compatible transcription endpoint named by interview.model in the
            output folder's .interview/config.json (baseURL, transcriptionModel, allowRemote, …), with the key
            from OPENAI_API_KEY or that file, and OPENAI_BASE_URL honoured. Running this command is the
            consent to upload: interview.model.enabled is not required.
            An existing --out file is never replaced unless --force is given.
            Exit 2 on a usage error, an existing output file, or a failed transcription.
            """
    )

    @Argument(help: "The recording (mp3, m4a, wav, webm, ogg, flac).")
    var audio: String

    @Option(name: .long, help: "The Markdown transcript to write, e.g. session/transcript.md.")
    var out: String

    @Option(name: .long, help: "The spoken language as an ISO-639-1 code (e.g. en, de), if known.")
    var language: String?

    @Flag(name: .long, help: "Replace --out if it exists.")
    var force = false

    func run() async throws {
        // Checked like a session file, without waiting on a FIFO: only a regular file is uploaded.
        do {
            _ = try RegularFile.size(ofFileAt: audio)
        } catch {
            StandardOutput.error("error: \(audio): \(error); only regular files are uploaded")
            throw ExitCode(2)
        }
        if !force, FileManager.default.fileExists(atPath: out) {
            StandardOutput.error("error: \(out) already exists; pass --force to replace it")
            throw ExitCode(2)
        }
        let (options, warnings) = TranscriptFile.options(forFolder: FilePaths.parent(of: out),
                                                         environment: ProcessInfo.processInfo.environment)
        for warning in warnings { StandardOutput.error("warning: \(warning)") }
        do {
            let (markdown, turns) = try await TranscriptFile.markdown(
                audioPath: audio, language: language, options: options, log: { StandardOutput.error($0) })
            try TranscriptFile.save(markdown, to: out, overwrite: force)
            StandardOutput.error("wrote \(out): \(turns) turns")
        } catch {
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
    }
}
