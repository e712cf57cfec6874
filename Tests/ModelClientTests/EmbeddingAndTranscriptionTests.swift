import Foundation
import JSON
import StandinSupport
import Testing
@testable import ModelClient

@Suite struct EmbeddingAndTranscriptionTests {
    @Test func embeddingsAreBatchedAndKeepTheInputOrder() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        let texts = (0..<130).map { "chunk number \($0) about Kubernetes" }
        let vectors = try await client.embed(texts)
        #expect(vectors.count == 130)
        #expect(vectors.allSatisfy { $0.count == 16 })
        let requests = try await server.requests()
        #expect(requests.map { $0.recordedJSON?["input"]?.arrayValue?.count ?? 0 } == [64, 64, 2])
        #expect(requests.first?.recordedJSON?["model"] == "text-embedding-3-small")
        // The same text embedded alone yields the same vector: nothing was shuffled.
        for index in [0, 63, 64, 129] {
            let single = try await client.embed([texts[index]])
            #expect(single == [vectors[index]])
        }
        #expect(Set(vectors.map { $0.map(\.bitPattern) }).count == 130)
    }

    @Test func noTextsMeansNoRequest() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        #expect(try await client.embed([]).isEmpty)
        #expect(try await server.requests().isEmpty)
    }

    @Test func transcriptionUploadsTheFileAndReturnsSpeakerSegments() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        let audio = FileManager.default.temporaryDirectory.appendingPathComponent("standin-\(UUID().uuidString).wav")
        let bytes = (0..<5000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: audio)
        defer { try? FileManager.default.removeItem(at: audio) }
        let result = try await client.transcribe(audioPath: audio.path, language: "en")
        #expect(result.segments.count == 4)
        #expect(result.segments.first?.speaker == "A")
        #expect(result.segments[1].speaker == "B")
        #expect(result.segments[1].text == "I ran our EKS clusters for two years.")
        #expect(result.segments[1].start == 3.4 && result.segments[1].end == 9.8)
        let request = try #require(try await server.requests().first)
        #expect(request["path"] == "/v1/audio/transcriptions")
        let parts = Dictionary(
            uniqueKeysWithValues: (request["multipart"]?.arrayValue ?? []).map { ($0["name"]?.stringValue ?? "", $0) })
        #expect(parts["model"]?["text"] == "gpt-4o-transcribe-diarize")
        #expect(parts["response_format"]?["text"] == "diarized_json")
        #expect(parts["language"]?["text"] == "en")
        #expect(parts["file"]?["size"] == 5000)
        #expect(parts["file"]?["filename"]?.stringValue == audio.lastPathComponent)
        #expect(parts["file"]?["content_type"] == "audio/wav")
        #expect(request["headers"]?["Authorization"]?.stringValue == "Bearer \(Standin.apiKey)")
    }

    @Test func nonDiarizingModelAsksForVerboseJSON() async throws {
        let server = try Standin()
        var settings = server.settings()
        settings.transcriptionModel = "whisper-1"
        let client = ModelClient(settings: settings)
        let audio = FileManager.default.temporaryDirectory.appendingPathComponent("standin-\(UUID().uuidString).mp3")
        try Data([1, 2, 3]).write(to: audio)
        defer { try? FileManager.default.removeItem(at: audio) }
        let result = try await client.transcribe(audioPath: audio.path, language: nil)
        #expect(result.segments.count == 4)
        #expect(result.segments.allSatisfy { $0.speaker == nil })
        let parts = try await server.requests().first?["multipart"]?.arrayValue ?? []
        #expect(parts.contains { $0["name"] == "response_format" && $0["text"] == "verbose_json" })
        #expect(!parts.contains { $0["name"] == "language" })
    }

    @Test func missingAudioFileIsReportedBeforeUploading() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        await #expect(throws: ModelError.fileUnreadable(path: "/nonexistent/interview.m4a")) {
            try await client.transcribe(audioPath: "/nonexistent/interview.m4a")
        }
        #expect(try await server.requests().isEmpty)
    }

    @Test func audioInMemoryIsUploadedAsANamedFileWithTheKnownSpeakers() async throws {
        let server = try Standin()
        let client = ModelClient(settings: server.settings())
        let bytes = Array("RIFF".utf8) + (0..<3000).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        let speakers = [KnownSpeaker(name: "Speaker A", reference: "data:audio/wav;base64,UklGRg=="),
                        KnownSpeaker(name: "Speaker B", reference: "data:audio/wav;base64,UklGRh==")]
        _ = try await client.transcribe(audio: bytes, fileName: "chunk-3.wav", language: "en", knownSpeakers: speakers)
        let parts = try await server.requests().first?["multipart"]?.arrayValue ?? []
        let file = try #require(parts.first { $0["name"] == "file" })
        #expect(file["filename"]?.stringValue == "chunk-3.wav")
        #expect(file["content_type"] == "audio/wav")
        #expect(file["size"]?.intValue == bytes.count)
        #expect(parts.filter { $0["name"] == "known_speaker_names[]" }.map { $0["text"]?.stringValue } == ["Speaker A", "Speaker B"])
        #expect(parts.filter { $0["name"] == "known_speaker_references[]" }.map { $0["text"]?.stringValue }
            == ["data:audio/wav;base64,UklGRg==", "data:audio/wav;base64,UklGRh=="])
    }

    @Test func aModelThatDoesNotDiarizeIsSentNoSpeakerReferences() async throws {
        let server = try Standin()
        var settings = server.settings()
        settings.transcriptionModel = "whisper-1"
        let client = ModelClient(settings: settings)
        _ = try await client.transcribe(audio: Array("RIFF....".utf8), fileName: "chunk-1.wav",
                                        knownSpeakers: [KnownSpeaker(name: "Speaker A", reference: "data:audio/wav;base64,AA==")])
        let parts = try await server.requests().first?["multipart"]?.arrayValue ?? []
        #expect(!parts.contains { $0["name"]?.stringValue?.hasPrefix("known_speaker") == true })
        #expect(parts.contains { $0["name"] == "file" })
    }
}
