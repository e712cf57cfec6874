#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import ArgumentParser
import Blocking
import FoundationEssentials
import LiveTranscription
import ModelClient
import SessionSupport

/// `interview-lsp listen DIR`: live transcription of an interview into `DIR/transcript.md`.
struct ListenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "listen",
        abstract: "Transcribe an interview live: audio in, turns appended to DIR/transcript.md as they are heard.",
        discussion: """
            Reads 16-bit PCM audio (a WAV stream, or raw samples in --sample-rate/--channels) from --input FILE,
            --input - (stdin, e.g. piped from arecord, parec or ffmpeg) or --device NAME (runs arecord). Every
            --chunk-seconds (cut on a quiet moment when there is one) the chunk is uploaded to the OpenAI-compatible
            transcription endpoint of DIR/.interview/config.json, exactly as `transcribe` does (running this command
            is the consent to upload; key from OPENAI_API_KEY or that file), and its turns are written to
            DIR/transcript.md as `**Speaker A** [hh:mm:ss]: text`. The whole recording is kept in DIR/recording.wav.
            A chunk that fails is tried again while later ones go on. Ctrl-C or the end of the input finishes:
            the last chunk is sent, pending ones are waited for (at most 30 s), and the recording is closed.
            --finalize then uploads DIR/recording.wav once (in parts of at most 24 MB cut on silence when it is
            longer) for DIR/transcript.final.md, and the live transcript stops counting (its front matter says
            kind: other).
            Exit 2 on a usage error, an unreadable input or a failed --finalize.
            """
    )

    @Argument(help: "The session folder.")
    var directory: String

    @Option(name: .long, help: "Audio to read: a file, or - for stdin.")
    var input: String?

    @Option(name: .long, help: "An ALSA capture device for arecord, e.g. default or hw:1,0.")
    var device: String?

    @Option(name: .long, help: "Seconds of audio per upload (1–60).")
    var chunkSeconds: Double = 5

    @Option(name: .long, help: "Sample rate of raw input (a WAV header gives its own).")
    var sampleRate: Int = 16000

    @Option(name: .long, help: "Channels of raw input, 1 or 2 (a WAV header gives its own).")
    var channels: Int = 1

    @Option(name: .long, help: "The spoken language as an ISO-639-1 code (e.g. en, de), if known.")
    var language: String?

    @Flag(name: .long, help: "After listening, upload the whole recording once for DIR/transcript.final.md.")
    var finalize = false

    /// How long the end of listening waits for chunks still pending.
    static let finishTimeout: Duration = .seconds(30)

    func validate() throws {
        guard (input == nil) != (device == nil) else {
            throw ValidationError("give one audio source: --input FILE, --input - or --device NAME")
        }
        guard chunkSeconds.isFinite, (1...60).contains(chunkSeconds) else { throw ValidationError("--chunk-seconds must be between 1 and 60") }
        guard (1000...384_000).contains(sampleRate) else { throw ValidationError("--sample-rate must be between 1000 and 384000") }
        guard (1...2).contains(channels) else { throw ValidationError("--channels must be 1 or 2") }
    }

    func run() async throws {
        let paths = ListenPaths(directory: directory)
        try paths.check()
        let existing = try await existingTranscript(paths)
        let (options, warnings) = TranscriptFile.options(forFolder: directory, environment: ProcessInfo.processInfo.environment)
        for warning in warnings { StandardOutput.error("warning: \(warning)") }
        // Every chunk would fail the same way: say so before anything is recorded.
        do {
            try ModelClient(settings: options.client).checkEndpoint()
        } catch {
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
        let source = try await openSource()
        let recording: RecordingFile
        do {
            recording = try RecordingFile(path: paths.recording, sampleRate: source.reader.format.sampleRate)
        } catch {
            source.recorder?.stop()
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
        let (untranscribed, knownSpeakers) = try await listen(source: source, recording: recording, options: options, paths: paths,
                                                              takenNames: existing.speakers)
        if !untranscribed.isEmpty {
            let ranges = untranscribed.map(LiveSession.range).joined(separator: ", ")
            StandardOutput.error("warning: audio \(ranges) was not transcribed; it is kept in \(paths.recording)")
        }
        if finalize {
            try await ListenFinalizer(paths: paths, options: options, language: language)
                .run(knownSpeakers: knownSpeakers)
        }
    }

    /// The live transcript already in the folder; exits 2 when `--finalize` replaced it (turns added to a
    /// `kind: other` file would never count) unless this run finalizes again, which transcribes the whole recording.
    private func existingTranscript(_ paths: ListenPaths) async throws -> ExistingTranscript {
        let path = paths.transcript
        let existing: ExistingTranscript
        do {
            existing = try await BlockingWork.run { () throws(ListenError) in try ExistingTranscript.read(path) }
        } catch {
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
        var info = stat()
        if let replacement = existing.supersededBy, !finalize || lstat(paths.final, &info) == 0 {
            StandardOutput.error("""
                error: \(path) was replaced by \(replacement) (listen --finalize), so turns added to it would not count. \
                To go on with this interview, delete \(paths.final) and listen again with --finalize (the whole \
                recording is transcribed again); or listen into another folder.
                """)
            throw ExitCode(2)
        }
        return existing
    }

    /// The input reader, and the arecord child behind it when reading a device.
    private struct Source {
        var reader: AudioReader
        var recorder: RecorderProcess?
    }

    private func openSource() async throws -> Source {
        let raw = AudioFormat(sampleRate: sampleRate, channels: channels)
        do {
            if let device {
                guard let executable = RecorderProcess.find("arecord", path: ProcessInfo.processInfo.environment["PATH"]) else {
                    StandardOutput.error("error: --device needs arecord (alsa-utils) on PATH; or pipe audio into --input -")
                    throw ExitCode(2)
                }
                let recorder = try RecorderProcess(executable: executable, arguments: RecorderProcess.arguments(device: device, format: raw))
                let descriptor = recorder.descriptor
                let reader = try await BlockingWork.run { () throws(ListenError) in
                    try AudioReader(descriptor: descriptor, ownsDescriptor: false, rawFormat: raw)
                }
                return Source(reader: reader, recorder: recorder)
            }
            let path = input ?? "-"
            let reader = try await BlockingWork.run { () throws(ListenError) in
                path == "-" ? try AudioReader(descriptor: 0, ownsDescriptor: false, rawFormat: raw)
                    : try AudioReader(path: path, rawFormat: raw)
            }
            return Source(reader: reader)
        } catch let error as ListenError {
            StandardOutput.error("error: \(error)")
            throw ExitCode(2)
        }
    }

    /// Listens until the input ends or a signal arrives; returns the stretches never transcribed and the voices named.
    private func listen(source: Source, recording: RecordingFile, options: ModelOptions, paths: ListenPaths,
                        takenNames: [String]) async throws -> ([ClosedRange<Double>], [KnownSpeaker]) {
        let reader = source.reader
        let signals = ListenSignals { reader.stop() }
        defer { signals.cancel() }
        let terminal = isatty(2) == 1
        let client = ModelClient(settings: options.client, logger: ModelLogger { StandardOutput.error(terminal ? "\n" + $0 : $0) })
        let session = LiveSession(
            transcriber: ModelChunkTranscriber(client: client, language: language),
            writer: TranscriptWriter(path: paths.transcript),
            takenNames: takenNames,
            onStatus: { StandardOutput.errorText($0.rendered(terminal: terminal)) },
            log: { StandardOutput.error(terminal ? "\n" + $0 : $0) })
        let rate = reader.format.sampleRate
        let seconds = chunkSeconds.rounded() == chunkSeconds ? "\(Int(chunkSeconds))" : "\(chunkSeconds)"
        StandardOutput.error("listening: \(rate) Hz, \(seconds) s chunks → \(paths.transcript) (Ctrl-C to finish)")
        if !takenNames.isEmpty {
            StandardOutput.error("continuing \(paths.transcript): new voices get new names, not \(takenNames.joined(separator: ", "))")
        }
        let chunker = Chunker(options: Chunker.Options(chunkSeconds: chunkSeconds), sampleRate: rate, firstSample: recording.existingSamples)
        // On a terminal the elapsed time ticks between chunks too.
        let ticker = Task {
            while terminal {
                do { try await Task.sleep(for: .seconds(1)) } catch { return }
                StandardOutput.errorText(await session.currentStatus.rendered(terminal: true))
            }
        }
        let left: [AudioChunk]
        do {
            left = try await LiveListener.run(samples: AudioPump.samples(from: reader, recordingTo: recording),
                                              chunker: chunker, session: session, finishTimeout: Self.finishTimeout)
            ticker.cancel()
            await ticker.value
        } catch {
            ticker.cancel()
            source.recorder?.stop()
            StandardOutput.error("\(terminal ? "\n" : "")error: \(error)")
            throw ExitCode(2)
        }
        if let recorder = source.recorder {
            let status = recorder.stop()
            if recording.sampleCount == recording.existingSamples, status != 0, status != 128 + SIGTERM {
                StandardOutput.error("\(terminal ? "\n" : "")error: arecord exited with status \(status) before any audio")
                throw ExitCode(2)
            }
        }
        let status = await session.currentStatus
        let heard = Double(recording.sampleCount - recording.existingSamples) / Double(rate)
        StandardOutput.error("\(terminal ? "\n" : "")listened \(TranscriptionResult.timestamp(heard)): \(status.chunksDone) chunks written to \(paths.transcript), recording in \(paths.recording)")
        return (await session.untranscribed(besides: left), await session.knownSpeakers)
    }
}
