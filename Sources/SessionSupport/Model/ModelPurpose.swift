/// What a model request is for; the `kind` its token usage is summed under.
public enum ModelPurpose: String, Sendable {
    /// An `interview.chat` answer.
    case chat
    /// A next question ("Ask next", code lenses).
    case question
    /// A judgment of an unmet or claimed requirement.
    case judge
    /// A scorecard's summary (`report --summarize`).
    case summary
    /// Passage and query embeddings.
    case embeddings
    /// An audio transcription.
    case transcription
}
