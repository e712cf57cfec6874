import Analysis

/// The one-line coverage summary shown above a JD's title ("must: 5 verified · 1 claimed · 1 unmet").
public enum CoverageLine {
    /// Counts per priority for the requirements of `jdPath`, zero counts left out.
    public static func text(for analysis: SessionAnalysis, jdPath: String) -> String {
        let assessments = analysis.assessments.filter { $0.requirement.path == jdPath }
        guard !assessments.isEmpty else { return "No requirements found" }
        var parts: [String] = []
        for priority in [RequirementPriority.must, .nice] {
            let counts = RequirementStatus.allCases.compactMap { status -> String? in
                let count = assessments.filter { $0.requirement.priority == priority && $0.status == status }.count
                return count > 0 ? "\(count) \(status.rawValue)" : nil
            }
            if !counts.isEmpty { parts.append("\(priority.rawValue): " + counts.joined(separator: " · ")) }
        }
        return parts.joined(separator: "  |  ")
    }
}
