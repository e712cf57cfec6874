import Analysis

/// Answers with a language model over numbered sources, keeping only citations whose quote is in the cited source.
public struct GroundedChat: Sendable {
    public var model: any LanguageModel

    public init(model: any LanguageModel) {
        self.model = model
    }

    /// The model's answer with checked citations, or the offline answer with a one-line notice when the model fails.
    /// `onPartial` gets the answer so far as it streams, each citation marker shown only once checked.
    public func answer(_ question: String, analysis: SessionAnalysis, passages: [Passage],
                       onPartial: (@Sendable (String) -> Void)? = nil) async -> ChatAnswer {
        let sources = PromptSources(passages: passages)
        let sanitizer = CitationSanitizer(sources: sources, checker: CitationChecker(session: analysis.session))
        var onDelta: (@Sendable (String) -> Void)?
        if let onPartial {
            let streamed = StreamedAnswer(sanitizer: sanitizer)
            onDelta = { delta in
                if let shown = streamed.append(delta) { onPartial(shown) }
            }
        }
        let system = """
        You help a recruiter assess a candidate against a job description. Answer only from the numbered sources \
        and the coverage summary. After each claim cite its source as [S<number>: "<exact quote copied from that source>"]. \
        If the sources do not answer the question, say so. Be concise; use Markdown bullets.
        \(PromptSources.dataRule)
        """
        let user = """
        Coverage summary (offline analysis of the JD's requirements):
        \(Self.coverageSummary(analysis))

        Sources:
        \(sources.block)

        Question: \(question)
        """
        do {
            let raw = try await model.complete(system: system, user: user, schema: nil, onDelta: onDelta)
            try Task.checkCancellation()
            let (text, citations) = sanitizer.sanitize(raw)
            return ChatAnswer(answer: text, citations: citations, mode: .llm).warningAboutInjections(in: analysis)
        } catch {
            var offline = OfflineAssistant(analysis: analysis, passages: StaticPassages(passages: passages)).answer(question)
            offline.notice = Task.isCancelled
                ? "The model request was cancelled; showing the offline answer."
                : "The model could not answer (\(Self.describe(error))); showing the offline answer."
            return offline
        }
    }

    static func coverageSummary(_ analysis: SessionAnalysis) -> String {
        analysis.assessments.map { assessment in
            "- [\(assessment.requirement.priority.rawValue), \(assessment.status.rawValue)] \(assessment.requirement.text)"
        }.joined(separator: "\n")
    }

    /// A short reason without anything the provider echoed back at length.
    static func describe(_ error: any Error) -> String {
        let text = String(describing: error)
        return text.count > 160 ? String(text.prefix(160)) + "…" : text
    }
}

/// Serves a fixed list of passages, for the offline fallback of a model answer.
struct StaticPassages: PassageSource {
    let passages: [Passage]

    func passages(matching query: String, limit: Int) throws -> [Passage] {
        Array(passages.prefix(limit))
    }
}
