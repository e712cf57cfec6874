import Assistant

extension InterviewLanguageServer {
    /// The passages of the session at `directory` for extractive answers and model context.
    func passageSource(for directory: String) -> (any PassageSource)? {
        nil
    }
}
