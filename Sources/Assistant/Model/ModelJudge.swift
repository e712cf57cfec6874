import Analysis
import JSON

/// Lets a model judge paraphrased evidence for requirements the offline engine left unmet or claimed.
/// A judgment stands only when its quote is really in the cited source.
public struct ModelJudge: Sendable {
    public var model: any LanguageModel

    public init(model: any LanguageModel) {
        self.model = model
    }

    static let schema: JSON = [
        "type": "object",
        "additionalProperties": false,
        "required": ["status", "source", "quote"],
        "properties": [
            "status": ["type": "string", "enum": ["verified", "claimed", "contradicted", "unmet"]],
            "source": ["type": ["integer", "null"], "description": "Number of the source quoted, null when none."],
            "quote": ["type": ["string", "null"], "description": "Exact words copied from that source."],
        ],
    ]

    /// The assessment, changed and marked `modelJudged` only when the model's quote checks out: it is in the
    /// cited source of `analysis`'s session, not on a line that addresses an AI model, and it names the
    /// requirement's skill or one of its words.
    public func judge(_ assessment: Assessment, candidates: [Passage], analysis: SessionAnalysis) async -> Assessment {
        guard assessment.status == .unmet || assessment.status == .claimed, !candidates.isEmpty else { return assessment }
        let sources = PromptSources(passages: candidates)
        let system = """
        You decide whether a candidate meets one job requirement. "verified" needs the candidate's own words in the \
        interview; "claimed" means only the CV says it; "contradicted" means the candidate says they lack it; \
        "unmet" means no source supports it. Quote the exact words that decide it.
        \(PromptSources.dataRule)
        """
        let user = "Requirement: \(assessment.requirement.text)\n\nSources:\n\(sources.block)"
        guard let raw = try? await model.complete(system: system, user: user, schema: Self.schema, onDelta: nil),
              let parsed = try? JSON.parse(raw),
              let status = parsed["status"]?.stringValue.flatMap(RequirementStatus.init(rawValue:)),
              status != assessment.status, status != .unmet,
              let number = parsed["source"]?.intValue, let passage = sources.passage(number),
              let quote = parsed["quote"]?.stringValue, passage.text.contains(quote.trimmingWhitespace()),
              let citation = CitationChecker(session: analysis.session).locate(quote: quote, in: passage.path,
                                                                                near: passage.range.start.line),
              !analysis.touchesInjection(path: citation.path, range: citation.range),
              analysis.mentions(assessment.requirement, in: citation.text)
        else { return assessment }
        let isInterview = passage.kind == .transcript || passage.kind == .notes
        // The model may not promote CV text to interview evidence, nor call a claim without a CV quote.
        if (status == .verified || status == .contradicted) && !isInterview { return assessment }
        if status == .claimed && passage.kind != .cv { return assessment }
        var judged = assessment
        judged.status = status
        judged.modelJudged = true
        var excerpt = citation
        excerpt.speaker = passage.speaker
        excerpt.timestamp = passage.timestamp
        judged.evidence.insert(Evidence(excerpt: excerpt, negated: status == .contradicted), at: 0)
        return judged
    }
}
