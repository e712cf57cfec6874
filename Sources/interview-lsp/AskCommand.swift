#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import ArgumentParser
import Assistant
import JSON
import RetrievalIndex
import SessionSupport

/// `interview-lsp ask DIR "question"`: answers a question about a session offline, with citations.
struct AskCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Answer a question about a session folder offline, with citations.",
        discussion: """
            The four common questions (missing skills, strengths, what to ask next, red flags) are answered from \
            the coverage analysis; any other question with the best matching passages of the session's index \
            (DIR/.interview/index.sqlite). Every citation is checked against the file text.
            Exit 2 when DIR is missing, has no job description, or none of its files can be read.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The session folder (job description, CV, transcript or notes).")
    var directory: String

    @Argument(help: "The question, e.g. \"What skills are missing for this JD?\"")
    var question: String

    @Option(help: "Output format: text or json.")
    var format: Format = .text

    func run() async throws {
        guard !question.allSatisfy(\.isWhitespace) else {
            StandardOutput.error("error: the question is empty")
            throw ExitCode(2)
        }
        let (analysis, settings) = try SessionFolder.analyze(directory)
        let passages = Self.passages(root: directory, indexPath: settings.indexPath, documents: analysis.session.documents)
        let answer = CitationVerification.verified(OfflineAssistant(analysis: analysis, passages: passages).answer(question),
                                                   checker: CitationChecker(session: analysis.session))
        switch format {
        case .text: StandardOutput.write(Self.text(answer))
        case .json: StandardOutput.write(Self.json(answer))
        }
    }

    /// The session's retrieval index brought up to date, for extractive answers; nil (with a warning) when it
    /// cannot be opened, so that the common questions are still answered.
    static func passages(root: String, indexPath: String?, documents: [SessionDocument]) -> (any PassageSource)? {
        do {
            let location = IndexLocation.setting(indexPath, sessionRoot: root)
            let index = try RetrievalIndex(sessionRoot: root, location: location, log: { StandardOutput.error($0) })
            _ = try index.update(documents: documents)
            return IndexPassages(index: index)
        } catch {
            StandardOutput.error("warning: no retrieval index (\(error)); answering without passages")
            return nil
        }
    }

    /// The answer, then the numbered citations: `[1] cv.md:12 “quote” — Candidate, 00:12:31`.
    static func text(_ answer: ChatAnswer) -> String {
        var lines = [answer.answer]
        if let notice = answer.notice { lines += ["", notice] }
        if !answer.citations.isEmpty {
            lines.append("")
            for (index, citation) in answer.citations.enumerated() {
                var line = "[\(index + 1)] \(citation.location) “\(citation.text)”"
                let who = [citation.speaker, citation.timestamp].compactMap { $0 }
                if !who.isEmpty { line += " — " + who.joined(separator: ", ") }
                lines.append(line)
            }
        }
        return lines.joined(separator: "\n")
    }

    /// `{answer, citations: [{path, range, quote, speaker?, timestamp?}], mode, notice?, warning?}`.
    static func json(_ answer: ChatAnswer) -> JSON {
        var object: [String: JSON] = [
            "answer": .string(answer.answer),
            "citations": .array(answer.citations.map { $0.json() }),
            "mode": .string(answer.mode.rawValue),
        ]
        if let notice = answer.notice { object["notice"] = .string(notice) }
        if let warning = answer.warning { object["warning"] = .string(warning) }
        return .object(object)
    }
}
