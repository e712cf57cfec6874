import Analysis
import JSON

/// Asks a model for a sharper next question, grounded on the requirement and what was said; offline otherwise.
public struct ModelQuestionWriter: Sendable {
    public var model: any LanguageModel

    public init(model: any LanguageModel) {
        self.model = model
    }

    static let schema: JSON = [
        "type": "object",
        "additionalProperties": false,
        "required": ["question"],
        "properties": [
            "question": ["type": "string", "description": "One open interview question, at most 40 words."],
        ],
    ]

    /// The model's question, or the offline question when the model fails or answers out of shape.
    public func question(for assessment: Assessment, context: [Passage]) async -> SuggestedQuestion {
        let offline = QuestionGenerator.question(for: assessment)
        let sources = PromptSources(passages: context)
        let system = """
        You write the next question an interviewer should ask. Ground it in the requirement and in what the CV \
        and the interview say; probe claims for depth, explore gaps, follow up contradictions. One question only.
        \(PromptSources.dataRule)
        """
        let user = """
        Requirement (\(assessment.requirement.priority.rawValue), status \(assessment.status.rawValue)): \(assessment.requirement.text)
        Offline suggestion: \(offline.text)

        Sources:
        \(sources.block)
        """
        guard let raw = try? await model.complete(system: system, user: user, schema: Self.schema, onDelta: nil),
              let parsed = try? JSON.parse(raw), let text = parsed["question"]?.stringValue?.trimmingWhitespace(),
              !text.isEmpty, text.count <= 400
        else { return offline }
        var question = offline
        question.text = text
        return question
    }
}
