#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Blocking
import LiveTranscription
import ModelClient
import SessionSupport

/// `listen --finalize`: the whole recording uploaded once for a diarized transcript beside the live one,
/// which then stops counting so the session does not read the interview twice.
struct ListenFinalizer {
    var paths: ListenPaths
    var options: ModelOptions
    var language: String?

    /// The largest recording uploaded: the OpenAI endpoint takes at most 25 MB per file.
    static let maximumUploadBytes = 24 * 1024 * 1024

    /// Uploads the recording and writes the final transcript, naming `knownSpeakers` as the live one did;
    /// skips when the final transcript exists; exits 2 when the recording is too large or the upload fails.
    func run(knownSpeakers: [KnownSpeaker]) async throws {
        var info = stat()
        if lstat(paths.final, &info) == 0 {
            StandardOutput.error("\(paths.final) already exists: the recording is not uploaded again (delete it and run listen --finalize --input /dev/null to redo)")
            return
        }
        guard stat(paths.recording, &info) == 0, info.st_size > 44 else {
            StandardOutput.error("error: \(paths.recording) holds no audio; nothing to finalize")
            throw ExitCode(2)
        }
        guard Int(info.st_size) <= Self.maximumUploadBytes else {
            let megabytes = Double(Int(info.st_size) * 10 / (1024 * 1024)) / 10
            StandardOutput.error("error: \(paths.recording) is \(megabytes) MB, over the 24 MB a transcription upload may have; not finalized, \(paths.transcript) stays the session's transcript")
            throw ExitCode(2)
        }
        StandardOutput.error("finalizing: uploading \(paths.recording)")
        do {
            let (markdown, turns) = try await TranscriptFile.markdown(
                audioPath: paths.recording, language: language, options: options, knownSpeakers: knownSpeakers,
                log: { StandardOutput.error($0) })
            try TranscriptFile.save(markdown, to: paths.final, overwrite: false)
            let writer = TranscriptWriter(path: paths.transcript)
            try await BlockingWork.run { () throws(ListenError) in try writer.markSuperseded(by: ListenPaths.finalName) }
            StandardOutput.error("wrote \(paths.final): \(turns) turns; \(paths.transcript) is kept as kind: other")
        } catch {
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
    }
}
