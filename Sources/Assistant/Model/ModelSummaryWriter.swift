import Analysis
import JSON

/// Asks a model for a scorecard's summary from the offline scorecard's text; nil when the model fails or answers out of shape.
public struct ModelSummaryWriter: Sendable {
    public var model: any LanguageModel

    public init(model: any LanguageModel) {
        self.model = model
    }

    /// Longest summary kept, in characters: a summary, not a second report.
    static let limit = 1200

    static let schema: JSON = [
        "type": "object",
        "additionalProperties": false,
        "required": ["summary"],
        "properties": [
            "summary": ["type": "string", "description": "Three to five plain sentences for the hiring decision, at most 150 words."],
        ],
    ]

    /// The model's summary of `scorecard` (the offline Markdown scorecard), or nil.
    public func summary(of scorecard: String) async -> String? {
        let system = """
        You summarise an interview scorecard for a recruiter making a hiring decision: strengths with evidence, \
        unmet or contradicted must-haves, red flags, and what is still to be asked. Use only facts the scorecard \
        states; do not invent any. Plain sentences, no Markdown, no recommendation to hire or reject.
        \(PromptSources.dataRule)
        """
        let user = "Scorecard:\n<data>\n\(PromptSources.fenced(scorecard))\n</data>"
        guard let raw = try? await model.complete(system: system, user: user, schema: Self.schema, onDelta: nil),
              let parsed = try? JSON.parse(raw), let text = parsed["summary"]?.stringValue?.trimmingWhitespace(),
              !text.isEmpty, text.count <= Self.limit
        else { return nil }
        return text
    }
}
