#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
@testable import LiveTranscription
import Testing

@Suite struct TranscriptWriterTests {
    private func turn(_ speaker: String, _ start: Double, _ text: String) -> LiveTurn {
        LiveTurn(speaker: speaker, start: start, end: start + 1, text: text)
    }

    private func read(_ path: String) throws -> String {
        String(decoding: try #require(try TranscriptFileAccess.snapshot(path)).bytes, as: UTF8.self)
    }

    private func write(_ text: String, to path: String) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        _ = text.utf8CString.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count - 1) }
        close(descriptor)
    }

    @Test func aNewFileGetsFrontMatterAndTurnsGoInChunkOrderWhateverOrderTheyCome() throws {
        let path = LiveTestAudio.folder() + "/transcript.md"
        let writer = TranscriptWriter(path: path)
        try writer.place([turn("Speaker A", 0, "First?")], chunk: 0)
        try writer.place([turn("Speaker A", 10, "Third?")], chunk: 2)
        try writer.place([turn("Speaker B", 5, "Second, after a retry.")], chunk: 1)
        #expect(try read(path) == """
            ---
            kind: transcript
            ---

            # Live interview transcript

            **Speaker A** [00:00:00]: First?
            **Speaker B** [00:00:05]: Second, after a retry.
            **Speaker A** [00:00:10]: Third?

            """)
    }

    @Test func linesSomeoneElseWroteAreKeptWhenTurnsAreAppendedOrInserted() throws {
        let path = LiveTestAudio.folder() + "/transcript.md"
        write("# My notes on the call\nCandidate seemed nervous", to: path)
        let writer = TranscriptWriter(path: path)
        try writer.place([turn("Speaker A", 0, "First?")], chunk: 0)
        try writer.place([turn("Speaker A", 10, "Third?")], chunk: 2)
        let edited = try read(path).replacing("**Speaker A** [00:00:10]", with: "NOTE: good answer\n**Speaker A** [00:00:10]")
        write(edited, to: path)
        try writer.place([turn("Speaker B", 5, "Second.")], chunk: 1)
        #expect(try read(path) == """
            # My notes on the call
            Candidate seemed nervous
            **Speaker A** [00:00:00]: First?
            NOTE: good answer
            **Speaker B** [00:00:05]: Second.
            **Speaker A** [00:00:10]: Third?

            """)
    }

    @Test func aSymbolicLinkIsNeverWrittenThrough() throws {
        let folder = LiveTestAudio.folder()
        let target = folder + "/elsewhere.md"
        write("precious\n", to: target)
        symlink(target, folder + "/transcript.md")
        let writer = TranscriptWriter(path: folder + "/transcript.md")
        #expect(throws: ListenError("\(folder)/transcript.md is a symbolic link; not followed, write to the file itself")) {
            try writer.place([turn("Speaker A", 0, "Hello?")], chunk: 0)
        }
        #expect(try read(target) == "precious\n")
    }

    @Test func theLiveFileStopsCountingOnceSupersededAndKeepsItsTurns() throws {
        #expect(TranscriptWriter.superseded("---\nkind: transcript\ncandidate: Sam\n---\n\n**A** [00:00:00]: hi\n", by: "transcript.final.md")
            == "---\nkind: other\nsuperseded-by: transcript.final.md\ncandidate: Sam\n---\n\n**A** [00:00:00]: hi\n")
        let added = TranscriptWriter.superseded("**A** [00:00:00]: hi\n", by: "transcript.final.md")
        #expect(added == "---\nkind: other\nsuperseded-by: transcript.final.md\n---\n\n**A** [00:00:00]: hi\n")
        #expect(FrontMatter.parse(SourceText(added))?.kind == .other)
    }
}
