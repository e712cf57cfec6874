/// What a role's JD shows: with no candidate in view only the requirements that no candidate evidences, so that no
/// candidate's evidence is shown as anyone else's; with one, that candidate's findings under their name.
public enum RoleFindings {
    /// One `unmet-requirement` finding per requirement unmet or contradicted for every candidate, in JD order.
    public static func unmetByAll(_ role: RoleAnalysis) -> [Finding] {
        let count = role.role.candidates.count
        // The finding a session would show (code, severity, what is ignored), said of every candidate.
        return role.overview.assessments.filter { $0.status == .unmet }.compactMap(Finding.init(assessment:)).map { finding in
            var finding = finding
            let requirement = finding.assessment.requirement
            finding.message = "Unmet \(requirement.priority.label) for all \(count) candidates: \(requirement.text) — no candidate's CV or interview evidences it"
            return finding
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
