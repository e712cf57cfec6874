import Analysis
import Foundation
@testable import InterviewServer
import JSON
import JSONRPC
import LanguageServerProtocol
import Logging
import Synchronization
import Testing

/// A role of two candidates in the editor: each is analysed alone, so Ada's Kubernetes is never Bob's.
@Suite struct RoleIsolationTests {
    static let jd = "# Platform Engineer\n\n## Requirements\n\n- Python\n- Kubernetes\n- Rust\n"

    /// jd.md, ada/ (CV and transcript with Kubernetes), bob/ (CV and transcript with Python only).
    static func role() throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("role-isolation-\(UUID().uuidString)").path
        let files = [
            "jd.md": jd,
            "ada/cv.md": "# Ada\n\n## Skills\n\nPython, Kubernetes\n",
            "ada/transcript.md": "Interviewer: Tell me about your work.\nCandidate: I run our Kubernetes clusters every day and write Python.\n",
            "bob/cv.md": "# Bob\n\n## Skills\n\nPython\n",
            "bob/transcript.md": "Interviewer: Tell me about your work.\nCandidate: I write Python services every day.\n",
        ]
        for (path, text) in files {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        return root
    }

    static func requirementLine(_ text: String) -> Int {
        jd.components(separatedBy: "\n").firstIndex { $0.contains(text) } ?? -1
    }

    static func codes(_ diagnostics: [JSON], on line: Int) -> [String] {
        diagnostics.filter { $0["range"]?["start"]?["line"]?.intValue == line }.compactMap { $0["code"]?.stringValue }
    }

    static func server(for root: String) async throws -> InProcessServer {
        let server = try InProcessServer()
        try await server.initialize(rootPath: root, options: ["interview": ["debounceMs": 0]])
        return server
    }

    static func lensTitles(_ server: InProcessServer, jd: String) async throws -> [String] {
        let lenses = try await server.request("textDocument/codeLens", ["textDocument": ["uri": .string(DocumentURI(path: jd).string)]])
        return lenses.arrayValue?.compactMap { $0["command"]?["title"]?.stringValue } ?? []
    }

    static func hover(_ server: InProcessServer, jd: String, line: Int) async throws -> String {
        let hover = try await server.request("textDocument/hover", InProcessServerTests.position(jd, line: line))
        return try #require(hover["contents"]?["value"]?.stringValue)
    }

    @Test func theJDShowsTheCandidateInViewAndNeverAnotherCandidatesEvidence() async throws {
        let root = try Self.role()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try await Self.server(for: root)
        let jd = root + "/jd.md"
        let kubernetes = Self.requirementLine("Kubernetes")
        try server.open(jd)
        // No candidate in view: only what no candidate evidences (Rust), never Ada's Kubernetes as anyone's.
        let overview = try #require(await server.diagnostics(for: jd))
        #expect(Self.codes(overview, on: kubernetes).isEmpty)
        let rust = try #require(overview.first { $0["range"]?["start"]?["line"]?.intValue == Self.requirementLine("Rust") })
        #expect(rust["message"]?.stringValue?.contains("all 2 candidates") == true, "\(rust)")
        let roleLens = try await Self.lensTitles(server, jd: jd)
        #expect(roleLens.contains { $0.hasPrefix("Role of 2 candidates") }, "\(roleLens)")

        // Bob's interview is going on: the JD shows Bob's coverage, where Kubernetes is unmet.
        try server.open(root + "/bob/transcript.md")
        let bobs = try #require(await server.diagnostics(for: jd) { Self.codes($0, on: kubernetes) == ["unmet-requirement"] })
        #expect(Self.codes(bobs, on: Self.requirementLine("Python")).isEmpty, "Bob's own Python is verified")
        let text = try await Self.hover(server, jd: jd, line: kubernetes)
        #expect(text.contains("bob") && text.contains("unmet") && !text.contains("ada/"), "\(text)")
        let lenses = try await Self.lensTitles(server, jd: jd)
        #expect(lenses.contains { $0.hasPrefix("Coverage of bob") }, "\(lenses)")

        // Then Ada's: her Kubernetes is verified, from her own files.
        try server.open(root + "/ada/cv.md")
        _ = try #require(await server.diagnostics(for: jd) { Self.codes($0, on: kubernetes).isEmpty && !$0.isEmpty })
        let adaText = try await Self.hover(server, jd: jd, line: kubernetes)
        #expect(adaText.contains("verified") && adaText.contains("ada/transcript.md") && !adaText.contains("bob/"), "\(adaText)")
        _ = try await server.stop()
    }

    @Test func chatFromBobsTranscriptCitesOnlyBobsFilesAndBobsIndexHoldsNoTextOfAda() async throws {
        let root = try Self.role()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let server = try await Self.server(for: root)
        let transcript = root + "/bob/transcript.md"
        try server.open(transcript)
        let uri = DocumentURI(path: transcript).string
        for question in ["Does the candidate know Kubernetes?", "Tell me about clusters", "What are the strengths?"] {
            let result = try await server.request("workspace/executeCommand", ["command": "interview.chat",
                                                                               "arguments": [["question": .string(question), "uri": .string(uri)]]])
            let citations = result["citations"]?.arrayValue ?? []
            for citation in citations {
                #expect(citation["uri"]?.stringValue?.contains("/bob/") == true || citation["uri"]?.stringValue?.hasSuffix("/jd.md") == true,
                        "\(question): \(citation)")
            }
            #expect(result["answer"]?.stringValue?.contains("Kubernetes clusters") == false, "\(question): \(result)")
        }
        // Bob's index is his own folder's, and holds the JD and his files only.
        var bytes = Data()
        for suffix in ["", "-wal"] {
            bytes += (try? Data(contentsOf: URL(fileURLWithPath: root + "/bob/.interview/index.sqlite" + suffix))) ?? Data()
        }
        #expect(bytes.range(of: Data("Python services".utf8)) != nil, "Bob's index holds his transcript")
        #expect(bytes.range(of: Data("Kubernetes clusters".utf8)) == nil, "Bob's index holds no text of Ada")
        #expect(!FileManager.default.fileExists(atPath: root + "/.interview/index.sqlite"), "no index mixes the candidates")
        _ = try await server.stop()
    }

    /// Typing in one candidate's transcript analyses that candidate again, not the whole role.
    @Test func editingAdasTranscriptAnalysesAdaAlone() async throws {
        let root = try Self.role()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let analysed = Mutex<[[String]]>([])
        let server = InterviewLanguageServer(
            connection: Connection(input: -1, output: open("/dev/null", O_WRONLY)), logger: Logger(level: .error),
            analyzer: { session, skills in
                analysed.withLock { $0.append(session.documents.map(\.path)) }
                return InterviewLanguageServer.analyze(session, skills: skills)
            })
        _ = try await server.initialize(InitializeParams(initializationOptions: ["interview": ["debounceMs": 0]]))
        let path = root + "/ada/transcript.md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let uri = DocumentURI(path: path).string
        await server.handle(JSONRPC.Notification(method: "textDocument/didOpen", params: ["textDocument": [
            "uri": .string(uri), "languageId": "markdown", "version": 1, "text": .string(text),
        ]]))
        #expect(await server.latestAnalysis(root) != nil)
        // Each candidate once, alone with the JD.
        #expect(analysed.withLock { $0 }.sorted { $0.joined() < $1.joined() } == [["ada/cv.md", "ada/transcript.md", "jd.md"], ["bob/cv.md", "bob/transcript.md", "jd.md"]])
        analysed.withLock { $0 = [] }
        await server.handle(JSONRPC.Notification(method: "textDocument/didChange", params: [
            "textDocument": ["uri": .string(uri), "version": 2],
            "contentChanges": [["text": .string(text + "Candidate: I also deploy with Helm.\n")]],
        ]))
        #expect(await server.latestAnalysis(root) != nil)
        #expect(analysed.withLock { $0 } == [["ada/cv.md", "ada/transcript.md", "jd.md"]])
    }
}
