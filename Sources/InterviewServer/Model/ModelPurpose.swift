/// What a model request is for; the `kind` its token usage is summed under.
enum ModelPurpose: String, Sendable {
    case chat
    case question
    case judge
    case embeddings
    case transcription
}
