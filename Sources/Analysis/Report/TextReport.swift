/// The `check --format text` report: one compiler-style line per finding, then a summary line.
struct TextReport {
    var analysis: SessionAnalysis

    var text: String {
        let root = analysis.session.root
        var lines: [String] = []
        for problem in analysis.problems {
            lines.append("\(SessionPath.display(root: root, path: problem.path)): warning: \(problem.message)")
        }
        for finding in analysis.findings {
            let requirement = finding.assessment.requirement
            let location = "\(SessionPath.display(root: root, path: requirement.path)):\(requirement.range.start.line + 1):\(requirement.range.start.character + 1)"
            lines.append("\(location): \(finding.severity.rawValue): \(finding.message) [\(finding.code)]")
            // The requirement itself, as compilers echo the offending source line, so the finding reads on its own.
            lines.append("    \(requirement.text)")
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n") + "\n"
    }

    private var summaryLine: String {
        // Counted in one pass rather than by filtering copies of the assessments, per status.
        var all: [RequirementStatus: Int] = [:]
        var musts: [RequirementStatus: Int] = [:]
        for assessment in analysis.assessments where !assessment.requirement.ignored {
            all[assessment.status, default: 0] += 1
            if assessment.requirement.priority == .must { musts[assessment.status, default: 0] += 1 }
        }
        func tally(_ counts: [RequirementStatus: Int]) -> String {
            RequirementStatus.allCases.map { status in "\(counts[status] ?? 0) \(status.rawValue)" }.joined(separator: ", ")
        }
        let total = all.values.reduce(0, +)
        if total == 0 {
            return "No requirements found: list them under a heading such as \"Requirements\" or \"Nice to have\""
        }
        let noun = total == 1 ? "requirement" : "requirements"
        var line = "\(total) \(noun): \(tally(all))"
        if !musts.isEmpty { line += " (must-have: \(tally(musts)))" }
        return line
    }
}
