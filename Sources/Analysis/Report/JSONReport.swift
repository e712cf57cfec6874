import JSON

/// The `check --format json` report: version 1, as described by schemas/check-report.schema.json.
struct JSONReport {
    var analysis: SessionAnalysis

    var value: JSON {
        let session = analysis.session
        return [
            "version": 1,
            "root": .string(session.root),
            "documents": .array(session.documents.map { ["path": .string($0.path), "kind": .string($0.kind.rawValue)] }),
            "problems": .array(analysis.problems.map { ["path": .string($0.path), "message": .string($0.message)] }),
            "requirements": .array(analysis.assessments.filter { !$0.requirement.ignored }.map(requirement)),
            "summary": summary,
        ]
    }

    private func requirement(_ assessment: Assessment) -> JSON {
        let requirement = assessment.requirement
        let finding = Finding(assessment: assessment)
        return [
            "id": .string(requirement.id),
            "text": .string(requirement.text),
            "priority": .string(requirement.priority.rawValue),
            "path": .string(requirement.path),
            "range": requirement.range.lspJSON,
            "skills": .array(requirement.skills.map(JSON.string)),
            "minYears": .years(requirement.minYears),
            "yearsFound": .years(assessment.yearsFound),
            "status": .string(assessment.status.rawValue),
            "modelJudged": .bool(assessment.modelJudged),
            "finding": finding.map { ["code": .string($0.code), "severity": .string($0.severity.rawValue), "message": .string($0.message)] } ?? .null,
            "evidence": .array(assessment.evidence.map(evidence)),
        ]
    }

    private func evidence(_ evidence: Evidence) -> JSON {
        var object = evidence.excerpt.json().objectValue ?? [:]
        object["kind"] = .string(evidence.source.rawValue)
        object["negated"] = .bool(evidence.negated)
        if let member = evidence.member { object["member"] = .string(member) }
        return .object(object)
    }

    private var summary: JSON {
        let visible = analysis.assessments.filter { !$0.requirement.ignored }
        func counts(_ assessments: [Assessment]) -> [String: JSON] {
            var object: [String: JSON] = ["total": .int(assessments.count)]
            for status in RequirementStatus.allCases {
                object[status.rawValue] = .int(assessments.filter { $0.status == status }.count)
            }
            return object
        }
        var summary = counts(visible)
        summary["must"] = .object(counts(visible.filter { $0.requirement.priority == .must }))
        summary["nice"] = .object(counts(visible.filter { $0.requirement.priority == .nice }))
        return .object(summary)
    }
}
