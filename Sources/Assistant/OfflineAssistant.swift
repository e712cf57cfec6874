import Analysis

/// Answers a recruiter's questions from the coverage analysis and the local index, with no model.
public struct OfflineAssistant: Sendable {
    public var analysis: SessionAnalysis
    public var passages: (any PassageSource)?

    public init(analysis: SessionAnalysis, passages: (any PassageSource)? = nil) {
        self.analysis = analysis
        self.passages = passages
    }

    /// An answer whose every citation has been checked against the session's text.
    public func answer(_ question: String) -> ChatAnswer {
        var builder = AnswerBuilder(checker: CitationChecker(session: analysis.session))
        switch ChatIntent.classify(question) {
        case .missingSkills: missingSkills(into: &builder)
        case .strengths: strengths(into: &builder)
        case .coverageAndNextQuestions: coverage(into: &builder)
        case .redFlags: redFlags(into: &builder)
        case .passages: passages(for: question, into: &builder)
        }
        return ChatAnswer(answer: builder.text, citations: builder.citations, mode: .offline).warningAboutInjections(in: analysis)
    }

    // MARK: - Intents

    private func missingSkills(into builder: inout AnswerBuilder) {
        let unmetMust = assessments(.unmet, .must)
        let contradicted = analysis.assessments.filter { $0.status == .contradicted }
        let unmetNice = assessments(.unmet, .nice)
        let claimed = analysis.assessments.filter { $0.status == .claimed }
        guard !(unmetMust.isEmpty && contradicted.isEmpty && unmetNice.isEmpty && claimed.isEmpty) else {
            builder.add("Nothing is missing: every requirement of the JD is evidenced in the interview.")
            return
        }
        builder.add("Gaps against the JD, from the CV and the interview (offline analysis):")
        section("Must-haves with no evidence in the CV or the interview", unmetMust, into: &builder) { assessment, builder in
            "- \(QuestionGenerator.topic(of: assessment.requirement))\(builder.cite(Citation(requirement: assessment.requirement)))"
        }
        section("Contradicted by the candidate", contradicted, into: &builder) { assessment, builder in
            let requirement = "- \(QuestionGenerator.topic(of: assessment.requirement))\(builder.cite(Citation(requirement: assessment.requirement)))"
            guard let negation = assessment.evidence.last(where: \.negated) else { return requirement }
            return requirement + ": \(who(negation)) said “\(QuestionGenerator.excerpt(negation.excerpt.text))”\(builder.cite(negation.excerpt))"
        }
        section("Nice-to-haves with no evidence", unmetNice, into: &builder) { assessment, builder in
            "- \(QuestionGenerator.topic(of: assessment.requirement))\(builder.cite(Citation(requirement: assessment.requirement)))"
        }
        section("Only claimed in the CV, not yet discussed", claimed, into: &builder) { assessment, builder in
            claimLine(assessment, into: &builder)
        }
    }

    private func strengths(into builder: inout AnswerBuilder) {
        let verified = analysis.assessments.enumerated()
            .filter { $0.element.status == .verified }
            .sorted { ($0.element.requirement.priority == .must ? 0 : 1, $0.offset) < ($1.element.requirement.priority == .must ? 0 : 1, $1.offset) }
            .map(\.element)
        guard !verified.isEmpty else {
            builder.add("No requirement is verified by the candidate's own words in the interview yet.")
            let claimed = analysis.assessments.filter { $0.status == .claimed }
            section("Claimed in the CV, still to be discussed", claimed, into: &builder) { assessment, builder in
                claimLine(assessment, into: &builder)
            }
            return
        }
        builder.add("Strengths backed by the candidate's own words (strongest first: must-haves with interview and CV evidence):")
        let ordered = verified.enumerated().sorted { lhs, rhs in
            (strengthScore(rhs.element), lhs.offset) < (strengthScore(lhs.element), rhs.offset)
        }.map(\.element)
        builder.add("")
        for assessment in ordered {
            var line = "- **\(QuestionGenerator.topic(of: assessment.requirement))**"
            if let spoken = assessment.evidence.first(where: { $0.source == .transcript && !$0.negated }) {
                line += ": \(who(spoken)) said “\(QuestionGenerator.excerpt(spoken.excerpt.text))”\(builder.cite(spoken.excerpt))"
            }
            if let cv = assessment.evidence.first(where: { $0.source == .cv && !$0.negated }) {
                line += "; CV: “\(QuestionGenerator.excerpt(cv.excerpt.text))”\(builder.cite(cv.excerpt))"
            }
            builder.add(line)
        }
    }

    private func coverage(into builder: inout AnswerBuilder) {
        let open = analysis.assessments.enumerated()
            .filter { $0.element.status != .verified }
            .sorted { lhs, rhs in
                (lhs.element.requirement.priority == .must ? 0 : 1, statusOrder(lhs.element.status), lhs.offset)
                    < (rhs.element.requirement.priority == .must ? 0 : 1, statusOrder(rhs.element.status), rhs.offset)
            }
            .map(\.element)
        guard !open.isEmpty else {
            builder.add("Every requirement is covered by the candidate's own words in the interview.")
            return
        }
        builder.add("Requirements not yet covered by the interview, with a question to ask next for each:")
        builder.add("")
        for assessment in open {
            let question = QuestionGenerator.question(for: assessment)
            let label = "\(assessment.requirement.priority.rawValue), \(assessment.status.rawValue)"
            builder.add("- \(QuestionGenerator.topic(of: assessment.requirement)) (\(label))\(builder.cite(question.requirement))")
            builder.add("  Ask: \(question.text)\(builder.cite(question.grounding))")
        }
        if let best = NextQuestionPicker.best(in: analysis) {
            builder.add("")
            builder.add("Ask next: \(best.text)")
        }
    }

    private func redFlags(into builder: inout AnswerBuilder) {
        builder.add("Red flags and inconsistencies between the CV and the interview:")
        builder.add("")
        let flags = RedFlag.all(in: analysis)
        for flag in flags {
            let topic = QuestionGenerator.topic(of: flag.assessment.requirement)
            switch flag.kind {
            case .contradiction:
                guard let negation = flag.said else { continue }
                var line = "- \(topic): \(who(negation)) said “\(QuestionGenerator.excerpt(negation.excerpt.text))”\(builder.cite(negation.excerpt))"
                if let cv = flag.cvClaim {
                    line += ", but the CV claims “\(QuestionGenerator.excerpt(cv.excerpt.text))”\(builder.cite(cv.excerpt))"
                }
                builder.add(line)
            case .yearsShortfall(let required, let found):
                builder.add("- \(topic): the JD asks for \(QuestionGenerator.format(required))+ years, the CV's roles show about \(QuestionGenerator.format(found))\(builder.cite(Citation(requirement: flag.assessment.requirement)))")
            case .changedAnswer:
                guard let negation = flag.said else { continue }
                builder.add("- \(topic): the candidate first said “\(QuestionGenerator.excerpt(negation.excerpt.text))”\(builder.cite(negation.excerpt)) and later claimed it; worth clarifying")
            }
        }
        if flags.isEmpty {
            builder.add("None found: no contradiction between the CV and the interview, and the CV's years meet the JD's asks.")
        }
    }

    private func passages(for question: String, into builder: inout AnswerBuilder) {
        let found = (try? passages?.passages(matching: question, limit: 5)) ?? []
        guard !found.isEmpty else {
            builder.add("Extractive answer (offline, no model): no passage in this session matches the question. Try naming a skill or topic, or ask about missing skills, strengths, next questions or red flags.")
            return
        }
        builder.add("Extractive answer (offline, no model): the passages of this session that best match your question.")
        builder.add("")
        for passage in found {
            let marker = builder.cite(passage)
            guard !marker.isEmpty else { continue }
            var attribution = passage.location
            if let speaker = passage.speaker { attribution += ", \(speaker)" }
            if let timestamp = passage.timestamp { attribution += " at \(timestamp)" }
            builder.add("- “\(QuestionGenerator.excerpt(passage.text, limit: 240))” (\(attribution))\(marker)")
        }
    }

    // MARK: - Helpers

    private func assessments(_ status: RequirementStatus, _ priority: RequirementPriority) -> [Assessment] {
        analysis.assessments.filter { $0.status == status && $0.requirement.priority == priority }
    }

    private func section(_ title: String, _ items: [Assessment], into builder: inout AnswerBuilder,
                         line: (Assessment, inout AnswerBuilder) -> String) {
        guard !items.isEmpty else { return }
        builder.add("")
        builder.add("**\(title)**")
        for item in items {
            let text = line(item, &builder)
            builder.add(text)
        }
    }

    private func claimLine(_ assessment: Assessment, into builder: inout AnswerBuilder) -> String {
        var line = "- \(QuestionGenerator.topic(of: assessment.requirement))\(builder.cite(Citation(requirement: assessment.requirement)))"
        if let cv = assessment.evidence.first(where: { $0.source == .cv && !$0.negated }) {
            line += ": CV says “\(QuestionGenerator.excerpt(cv.excerpt.text))”\(builder.cite(cv.excerpt))"
        }
        return line
    }

    private func who(_ evidence: Evidence) -> String {
        var name = evidence.excerpt.speaker ?? "the candidate"
        if let timestamp = evidence.excerpt.timestamp { name += " (\(timestamp))" }
        return name
    }

    private func strengthScore(_ assessment: Assessment) -> Int {
        var score = assessment.requirement.priority == .must ? 4 : 0
        if assessment.evidence.contains(where: { $0.source == .cv && !$0.negated }) { score += 2 }
        score += min(assessment.evidence.filter { $0.source == .transcript && !$0.negated }.count, 2)
        return score
    }

    private func statusOrder(_ status: RequirementStatus) -> Int {
        switch status {
        case .unmet: 0
        case .contradicted: 1
        case .claimed: 2
        case .verified: 3
        }
    }
}
