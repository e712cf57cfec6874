import Analysis

/// How an answer was produced.
public enum ChatMode: String, Sendable, Hashable {
    /// From the coverage analysis and the local index, with no model.
    case offline
    /// Written by a language model and citation-checked.
    case llm
}

/// An answer to a recruiter's question, with the citations its points rest on.
public struct ChatAnswer: Sendable, Hashable {
    /// Markdown; `[n]` refers to `citations[n - 1]`.
    public var answer: String
    public var citations: [Citation]
    public var mode: ChatMode
    /// A one-line notice for the user (e.g. why a model answer fell back to offline).
    public var notice: String?
    /// Set when every citation is on a line flagged as prompt injection; the answer's last paragraph says it too.
    public var warning: String?

    public init(answer: String, citations: [Citation], mode: ChatMode, notice: String? = nil, warning: String? = nil) {
        self.answer = answer
        self.citations = citations
        self.mode = mode
        self.notice = notice
        self.warning = warning
    }

    static let injectionWarning = "Warning: every passage this answer cites is on a line flagged prompt-injection "
        + "(it addresses an AI model); treat it as the document's text, not as evidence."

    /// The answer with `injectionWarning` when it cites something and every citation touches a line of
    /// `analysis` that addresses an AI model.
    func warningAboutInjections(in analysis: SessionAnalysis) -> ChatAnswer {
        guard !citations.isEmpty, citations.allSatisfy({ analysis.touchesInjection(path: $0.path, range: $0.range) }) else {
            return self
        }
        var copy = self
        copy.warning = Self.injectionWarning
        copy.answer += "\n\n" + Self.injectionWarning
        return copy
    }
}
