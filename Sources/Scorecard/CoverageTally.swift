import Analysis

/// How many requirements of each priority have each status.
public struct CoverageTally: Sendable, Hashable {
    private var counts: [RequirementPriority: [RequirementStatus: Int]] = [:]

    /// The tally of `rows`.
    public init(rows: [ScorecardRow]) {
        for row in rows { counts[row.requirement.priority, default: [:]][row.status, default: 0] += 1 }
    }

    /// Requirements of `priority` with `status`; all statuses when `status` is nil.
    public func count(_ priority: RequirementPriority, _ status: RequirementStatus? = nil) -> Int {
        guard let byStatus = counts[priority] else { return 0 }
        guard let status else { return byStatus.values.reduce(0, +) }
        return byStatus[status] ?? 0
    }

    /// Requirements with `status`, whatever their priority; all of them when `status` is nil.
    public func count(_ status: RequirementStatus? = nil) -> Int {
        count(.must, status) + count(.nice, status)
    }
}
