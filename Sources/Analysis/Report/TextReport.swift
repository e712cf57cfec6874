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
        let assessments = analysis.assessments.filter { !$0.requirement.ignored }
        let musts = assessments.filter { $0.requirement.priority == .must }
        func tally(_ assessments: [Assessment]) -> String {
            RequirementStatus.allCases.map { status in
                "\(assessments.filter { $0.status == status }.count) \(status.rawValue)"
            }.joined(separator: ", ")
        }
        if assessments.isEmpty {
            return "No requirements found: list them under a heading such as \"Requirements\" or \"Nice to have\""
        }
        let noun = assessments.count == 1 ? "requirement" : "requirements"
        var line = "\(assessments.count) \(noun): \(tally(assessments))"
        if !musts.isEmpty { line += " (must-have: \(tally(musts)))" }
        return line
    }
}
