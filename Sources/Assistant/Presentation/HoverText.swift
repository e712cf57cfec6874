import Analysis

/// Text shown when the pointer rests on a requirement or on a line of evidence.
public struct HoverText: Sendable {
    /// Markdown (with links) when the editor renders it, else plain text.
    public var markdown: Bool
    /// Makes a link target for a session-relative path and 0-based line (e.g. a `file://` URI); nil for no link.
    public var link: @Sendable (_ path: String, _ line: Int) -> String?

    public init(markdown: Bool, link: @escaping @Sendable (_ path: String, _ line: Int) -> String?) {
        self.markdown = markdown
        self.link = link
    }

    /// Status, priority, years check and each piece of evidence with its citation.
    public func requirement(_ assessment: Assessment) -> String {
        let requirement = assessment.requirement
        let priority = requirement.priority == .must ? "Must-have" : "Nice-to-have"
        var lines: [String] = []
        let status = statusPhrase(assessment)
        lines.append(markdown ? "**\(priority) · \(status)**: \(requirement.text)" : "\(priority) · \(status): \(requirement.text)")
        if !requirement.skills.isEmpty {
            lines.append("Skills: " + requirement.skills.joined(separator: ", "))
        }
        if let years = yearsLine(assessment) { lines.append(years) }
        for part in assessment.unconfirmed {
            lines.append("Not confirmed: “\(part)”: no skill the engine knows, and nothing in the CV or the interview shows it. Ask about it.")
        }
        if assessment.modelJudged { lines.append("Status judged by the model from paraphrased evidence.") }
        if assessment.evidence.isEmpty {
            lines.append("No evidence in the CV or the interview.")
        } else {
            lines.append("")
            lines.append("Evidence:")
            for evidence in assessment.evidence { lines.append(evidenceLine(evidence)) }
        }
        return lines.joined(separator: "\n")
    }

    /// Which requirements the evidence on a CV or transcript line supports.
    public func evidenceLine(supporting assessments: [Assessment]) -> String {
        var lines = [markdown ? "**Evidence for**" : "Evidence for"]
        for assessment in assessments {
            let requirement = assessment.requirement
            let label = "\(requirement.text) (\(requirement.priority.rawValue), \(statusPhrase(assessment)))"
            lines.append("- \(label) · \(citationLink(path: requirement.path, line: requirement.range.start.line))")
        }
        return lines.joined(separator: "\n")
    }

    private func evidenceLine(_ evidence: Evidence) -> String {
        var who: [String] = []
        if evidence.source == .cv { who.append("CV") }
        if let speaker = evidence.excerpt.speaker { who.append(speaker) }
        if let timestamp = evidence.excerpt.timestamp { who.append(timestamp) }
        if evidence.negated { who.append("says they lack it") }
        if let member = evidence.member { who.append("via \(member)") }
        let quote = QuestionGenerator.excerpt(evidence.excerpt.text, limit: 160)
        let attribution = who.isEmpty ? "" : " — " + who.joined(separator: ", ")
        return "- “\(quote)”\(attribution) · \(citationLink(path: evidence.excerpt.path, line: evidence.excerpt.range.start.line))"
    }

    private func citationLink(path: String, line: Int) -> String {
        let label = SourceQuote.location(path: path, line: line)
        guard markdown else { return label }
        // A role's paths start with a candidate's folder name, which anyone chose: shown as written, never as markup.
        let shown = MarkdownText.escape(label)
        guard let target = link(path, line) else { return shown }
        return "[\(shown)](\(target))"
    }

    private func statusPhrase(_ assessment: Assessment) -> String {
        switch assessment.status {
        case .verified: "verified in the interview"
        case .claimed where !assessment.unconfirmed.isEmpty: "partly confirmed"
        case .claimed: "claimed in the CV, not yet discussed"
        case .contradicted: "contradicted in the interview"
        case .unmet: "unmet"
        }
    }

    private func yearsLine(_ assessment: Assessment) -> String? {
        guard let required = assessment.requirement.minYears else { return nil }
        let asked = "JD asks for \(QuestionGenerator.format(required))+ years"
        guard let found = assessment.yearsFound else { return "Years: \(asked); the CV's dated roles do not show it." }
        let verdict = found >= required ? "meets it" : "short of it"
        return "Years: \(asked); the CV shows about \(QuestionGenerator.format(found)) (\(verdict))."
    }
}
