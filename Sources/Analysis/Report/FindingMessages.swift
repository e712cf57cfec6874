extension SessionAnalysis {
    /// One finding per requirement that is not verified, in report order (JD path, then line).
    public var findings: [Finding] {
        assessments.compactMap(Finding.init(assessment:))
    }
}

extension Finding {
    /// The finding a recruiter should see for `assessment`, or nil when it is verified (or ignored).
    public init?(assessment: Assessment) {
        let requirement = assessment.requirement
        guard !requirement.ignored else { return nil }
        let rule: FindingRule
        let severity: FindingSeverity
        var message: String
        switch assessment.status {
        case .verified:
            return nil
        case .unmet:
            rule = .unmetRequirement
            severity = requirement.priority == .must ? .warning : .information
            let label = requirement.priority.label
            // Evidence on an unmet requirement means only part of it was found (one skill of several).
            if let partial = assessment.evidence.first {
                message = "Unmet \(label): \(requirement.text) — only partly evidenced (\(partial.excerpt.location))"
            } else {
                message = "Unmet \(label): \(requirement.text) — nothing in the CV or interview evidences it"
            }
        case .contradicted:
            rule = .contradicted
            severity = .warning
            message = Self.contradictionMessage(assessment.evidence)
        case .claimed:
            rule = .unverifiedClaim
            severity = .information
            if !assessment.unconfirmed.isEmpty {
                let parts = assessment.unconfirmed.map { "“\($0)”" }.joined(separator: ", ")
                message = "Not confirmed: \(parts) — nothing in the CV or interview shows it"
                if let shown = assessment.evidence.first { message += "; the rest is evidenced (\(shown.excerpt.location))" }
            } else if let claim = assessment.evidence.first(where: { $0.source == .cv }) ?? assessment.evidence.first {
                message = "Claimed in \(claim.excerpt.location), not yet discussed"
            } else {
                message = "Claimed, not yet discussed"
            }
        }
        if let shortfall = Self.yearsShortfall(assessment) {
            message += "; \(shortfall)"
        }
        self.init(code: rule.code, severity: severity, message: message, assessment: assessment)
    }

    /// Longest quote shown inside a message; the full quote stays in the evidence.
    static let maximumQuoteLength = 100

    private static func contradictionMessage(_ evidence: [Evidence]) -> String {
        // The negated transcript turn is the contradiction; anything else is context.
        guard let said = evidence.first(where: { $0.negated && $0.source == .transcript })
            ?? evidence.first(where: \.negated)
            ?? evidence.first(where: { $0.source == .transcript })
        else { return "Contradicted in the interview" }
        let speaker = said.excerpt.speaker ?? "the candidate"
        return "Contradicted: \(speaker) said \"\(shortened(said.excerpt.text))\" (\(said.excerpt.location))"
    }

    private static func shortened(_ quote: String) -> String {
        let flat = quote.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > maximumQuoteLength else { return flat }
        var cut = flat.prefix(maximumQuoteLength - 1)
        // End on a word boundary when there is one, so the message never shows half a word.
        if let space = cut.lastIndex(of: " "), cut.distance(from: cut.startIndex, to: space) > maximumQuoteLength / 2 {
            cut = cut[..<space]
        }
        return String(cut).trimmingTrailingSpaces() + "…"
    }

    /// "JD asks 5+ years, CV shows 3.5" when the CV's roles fall short of the years asked for.
    static func yearsShortfall(_ assessment: Assessment) -> String? {
        guard let asked = assessment.requirement.minYears, let found = assessment.yearsFound, found < asked else { return nil }
        return "JD asks \(YearsFormat.string(asked))+ years, CV shows \(YearsFormat.string(found))"
    }
}

/// Prints year counts as people write them: 5, 3.5, 0.8.
enum YearsFormat {
    static func string(_ years: Double) -> String {
        let tenths = (years * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return String(Int(tenths) / 10) + "." + String(Int(tenths) % 10)
    }
}
