import Analysis

/// The coverage chart: one stacked bar per priority of verified / claimed / contradicted / unmet, as inline SVG.
enum CoverageChart {
    private static let barWidth = 480
    private static let labelWidth = 110
    private static let rowHeight = 34

    /// Fill colours by status, readable in print as well as on screen.
    static func colour(_ status: RequirementStatus) -> String {
        switch status {
        case .verified: "#2e7d32"
        case .claimed: "#1f6fb2"
        case .contradicted: "#c62828"
        case .unmet: "#ef8f00"
        }
    }

    static func svg(_ tally: CoverageTally) -> String {
        let priorities = [RequirementPriority.must, .nice].filter { tally.count($0) > 0 }
        let height = rowHeight * priorities.count + 30
        let width = labelWidth + barWidth + 60
        var parts = ["<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" role=\"img\" aria-labelledby=\"chart-title\">",
                     "<title id=\"chart-title\">Requirement coverage by priority</title>"]
        for (index, priority) in priorities.enumerated() {
            let total = tally.count(priority)
            let y = index * rowHeight
            parts.append("<text x=\"0\" y=\"\(y + 17)\" font-size=\"13\">\(priority == .must ? "Must-haves" : "Nice-to-haves")</text>")
            // Integer widths, the last segment taking the remainder, so the bytes never depend on rounding.
            var x = labelWidth
            var drawn = 0
            for status in RequirementStatus.allCases {
                let count = tally.count(priority, status)
                guard count > 0 else { continue }
                drawn += count
                let end = labelWidth + barWidth * drawn / total
                parts.append("<rect x=\"\(x)\" y=\"\(y + 4)\" width=\"\(end - x)\" height=\"20\" fill=\"\(colour(status))\"><title>\(status.rawValue): \(count)</title></rect>")
                if end - x >= 18 {
                    parts.append("<text x=\"\(x + (end - x) / 2)\" y=\"\(y + 18)\" font-size=\"12\" fill=\"#fff\" text-anchor=\"middle\">\(count)</text>")
                }
                x = end
            }
            parts.append("<text x=\"\(labelWidth + barWidth + 8)\" y=\"\(y + 18)\" font-size=\"12\">\(total)</text>")
        }
        var legendX = labelWidth
        let legendY = rowHeight * priorities.count + 10
        for status in RequirementStatus.allCases {
            parts.append("<rect x=\"\(legendX)\" y=\"\(legendY)\" width=\"12\" height=\"12\" fill=\"\(colour(status))\"/>")
            parts.append("<text x=\"\(legendX + 16)\" y=\"\(legendY + 11)\" font-size=\"12\">\(status.rawValue)</text>")
            legendX += 110
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n")
    }
}
