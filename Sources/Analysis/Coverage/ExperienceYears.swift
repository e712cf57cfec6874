/// Years of experience from CV roles: date intervals merged so overlapping roles count once.
enum ExperienceYears {
    /// Total length of the union of `intervals` (start, end) in years.
    static func total(_ intervals: [(start: Double, end: Double)]) -> Double {
        let sorted = intervals.filter { $0.end > $0.start }.sorted { $0.start < $1.start }
        var total = 0.0
        var current: (start: Double, end: Double)?
        for interval in sorted {
            if let open = current, interval.start <= open.end {
                current = (open.start, max(open.end, interval.end))
            } else {
                if let open = current { total += open.end - open.start }
                current = interval
            }
        }
        if let open = current { total += open.end - open.start }
        return total
    }

    /// Years spanned by `roles`; a role without an end runs to `now`, one without a start is skipped.
    static func total(of roles: [ParsedCV.Role], now: Double) -> Double {
        total(roles.compactMap { role in
            guard let start = role.start else { return nil }
            return (start, min(role.end ?? now, max(now, start)))
        })
    }

    /// Rounded to a tenth so reports stay stable across tiny date differences.
    static func rounded(_ years: Double) -> Double {
        (years * 10).rounded() / 10
    }
}
