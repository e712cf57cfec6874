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

    /// Uploads the recording (in parts of at most 24 MB, cut on silence, when it is longer) and writes the final
    /// transcript, naming `knownSpeakers` as the live one did; skips when the final transcript exists; exits 2
    /// when there is no audio or the upload fails.
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
        let client = ModelClient(settings: options.client, logger: ModelLogger { StandardOutput.error($0) })
        let size = Int(info.st_size)
        do {
            let turns = try await FinalTranscription.turns(
                recordingAt: paths.recording, transcriber: ModelChunkTranscriber(client: client, language: language),
                knownSpeakers: knownSpeakers,
                onPart: { part in
                    let parts = size <= FinalTranscription.maximumUploadBytes ? "" : " (part \(part))"
                    StandardOutput.error("finalizing: uploading \(paths.recording)\(parts)")
                })
            let markdown = TranscriptWriter.header(title: "Interview transcript: recording.wav")
                + turns.map { $0.line + "\n" }.joined()
            try TranscriptFile.save(markdown, to: paths.final, overwrite: false)
            let writer = TranscriptWriter(path: paths.transcript)
            try await BlockingWork.run { () throws(ListenError) in try writer.markSuperseded(by: ListenPaths.finalName) }
            StandardOutput.error("wrote \(paths.final): \(turns.count) turns; \(paths.transcript) is kept as kind: other")
        } catch {
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
    }
}
