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

    public init(answer: String, citations: [Citation], mode: ChatMode, notice: String? = nil) {
        self.answer = answer
        self.citations = citations
        self.mode = mode
        self.notice = notice
    }
}
