#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import Assistant
@testable import InterviewServer
import LanguageServerProtocol
import Logging
import Testing

private func temporaryFolder() -> String {
    var template = Array("/tmp/interview-session-index-XXXXXX".utf8CString)
    return template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
}

private let jd = SessionDocument(path: "jd.md", kind: .jd, text: SourceText("# Role\n\n## Requirements\n\n- Python\n"))
private let transcript = SessionDocument(path: "transcript.md", kind: .transcript, text: SourceText(
    "Interviewer: How were the settlement workers built?\nCandidate: With asyncio workers, one per bank.\n"))

@Test func onlyChangedDocumentsAreWorkAndTheIndexAnswersWithExactPassages() async throws {
    let index = SessionIndex(root: temporaryFolder(), log: Logger(level: .error))
    #expect(index.pendingWork(for: [jd, transcript]).documents == 2)
    #expect(try index.passages(matching: "asyncio", limit: 3).isEmpty, "nothing before the first update")

    await index.update([jd, transcript], generation: 1, progress: nil)

    #expect(index.pendingWork(for: [jd, transcript]) == SessionIndex.Work())
    let passage = try #require(try index.passages(matching: "asyncio workers", limit: 3).first)
    #expect(passage.path == "transcript.md")
    #expect(passage.speaker == "Candidate")
    #expect(transcript.text.text(in: passage.range).map(String.init) == passage.text)

    var edited = transcript
    edited.text = SourceText(transcript.text.text + "Candidate: And a zebrafish replay tool.\n")
    let work = index.pendingWork(for: [jd, edited])
    #expect(work.documents == 1)
    #expect(!work.isLarge)
}

@Test func anUpdateOvertakenByANewerOneIsSkipped() async throws {
    let index = SessionIndex(root: temporaryFolder(), log: Logger(level: .error))
    await index.update([jd, transcript], generation: 2, progress: nil)
    var older = transcript
    older.text = SourceText("Candidate: stale text about zebrafish.\n")

    await index.update([jd, older], generation: 1, progress: nil)

    #expect(try index.passages(matching: "zebrafish", limit: 3).isEmpty)
    #expect(try !index.passages(matching: "asyncio", limit: 3).isEmpty)
}
