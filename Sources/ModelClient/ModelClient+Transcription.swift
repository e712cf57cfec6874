#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import JSON

extension ModelClient {
    /// Uploads the audio file and returns its transcript, with speakers when the model diarizes.
    public func transcribe(audioPath: String, language: String? = nil) async throws -> TranscriptionResult {
        let endpoint = try endpoint()
        guard access(audioPath, R_OK) == 0 else { throw ModelError.fileUnreadable(path: audioPath) }
        let file = MultipartPart(name: "file", content: .file(path: audioPath, contentType: Self.audioType(audioPath)))
        return try await transcribe(file, language: language, knownSpeakers: [], endpoint: endpoint)
    }

    /// Uploads audio held in memory (`fileName` tells the server its format) and returns its transcript; a
    /// diarizing model is given `knownSpeakers` so that it names those voices as they were named before.
    public func transcribe(audio: [UInt8], fileName: String, language: String? = nil,
                           knownSpeakers: [KnownSpeaker] = []) async throws -> TranscriptionResult {
        let endpoint = try endpoint()
        let file = MultipartPart(name: "file", content: .bytes(audio, fileName: fileName, contentType: Self.audioType(fileName)))
        return try await transcribe(file, language: language, knownSpeakers: knownSpeakers, endpoint: endpoint)
    }

    private func transcribe(_ file: MultipartPart, language: String?, knownSpeakers: [KnownSpeaker],
                            endpoint: Endpoint) async throws -> TranscriptionResult {
        let model = settings.transcriptionModel
        let diarizes = model.contains("diarize")
        var parts = [
            MultipartPart(name: "model", content: .text(model)),
            MultipartPart(name: "response_format", content: .text(diarizes ? "diarized_json" : "verbose_json")),
        ]
        // The diarizing model needs a chunking strategy for anything longer than a few seconds.
        if diarizes { parts.append(MultipartPart(name: "chunking_strategy", content: .text("auto"))) }
        if let language, !language.isEmpty { parts.append(MultipartPart(name: "language", content: .text(language))) }
        // Only diarizing models take references; the API accepts at most four.
        if diarizes {
            for speaker in knownSpeakers.prefix(KnownSpeaker.limit) {
                parts.append(MultipartPart(name: "known_speaker_names[]", content: .text(speaker.name)))
                parts.append(MultipartPart(name: "known_speaker_references[]", content: .text(speaker.reference)))
            }
        }
        parts.append(file)
        let request = request(path: "/audio/transcriptions", body: .multipart(parts), accept: "application/json", endpoint: endpoint)
        return try await withRetries("transcription") { _ in
            Self.parseTranscription(try Self.parseBody(try await send(request, label: "transcription")))
        }
    }

    static func parseTranscription(_ json: JSON) -> TranscriptionResult {
        let duration = json["duration"]?.doubleValue.flatMap { $0.isFinite && $0 >= 0 ? $0 : nil }
        let segments = (json["segments"]?.arrayValue ?? []).compactMap { item -> TranscriptionResult.Segment? in
            guard let text = item["text"]?.stringValue else { return nil }
            return TranscriptionResult.Segment(
                speaker: item["speaker"]?.stringValue,
                start: item["start"]?.doubleValue ?? 0,
                end: item["end"]?.doubleValue ?? 0,
                text: text.trimmingWhitespace).within(duration)
        }
        let text = json["text"]?.stringValue ?? segments.map(\.text).joined(separator: " ")
        return TranscriptionResult(text: text, segments: segments, duration: duration)
    }

    private static func audioType(_ path: String) -> String? {
        switch pathExtension(path).lowercased() {
        case "mp3", "mpga", "mpeg": return "audio/mpeg"
        case "m4a", "mp4": return "audio/mp4"
        case "wav": return "audio/wav"
        case "webm": return "audio/webm"
        case "ogg", "oga": return "audio/ogg"
        case "flac": return "audio/flac"
        default: return nil
        }
    }

    /// The file name's extension, as `NSString.pathExtension` gives it ("" when there is none).
    static func pathExtension(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return String(name[name.index(after: dot)...])
    }
}
