/// What a role's JD shows: with no candidate in view only the requirements that no candidate evidences, so that no
/// candidate's evidence is shown as anyone else's; with one, that candidate's findings under their name.
public enum RoleFindings {
    /// One `unmet-requirement` finding per requirement unmet or contradicted for every candidate, in JD order.
    public static func unmetByAll(_ role: RoleAnalysis) -> [Finding] {
        let count = role.role.candidates.count
        return role.overview.assessments.filter { $0.status == .unmet && !$0.requirement.ignored }.map { assessment in
            let requirement = assessment.requirement
            let label = requirement.priority == .must ? "must-have" : "nice-to-have"
            return Finding(code: FindingRule.unmetRequirement.code,
                           severity: requirement.priority == .must ? .warning : .information,
                           message: "Unmet \(label) for all \(count) candidates: \(requirement.text) — no candidate's CV or interview evidences it",
                           assessment: assessment)
        }
    }

    /// `findings` of the candidate `name`, each message starting with whose they are ("ada: Unmet must-have …"): a
    /// role's JD shows whichever candidate is in view. Codes are unchanged.
    public static func attributed(_ findings: [Finding], to name: String) -> [Finding] {
        findings.map { finding in
            var attributed = finding
            attributed.message = "\(name): \(finding.message)"
            return attributed
        }
    }
}
