import FoundationEssentials
import JSON
import RetrievalIndex

/// Token usage recorded in a session's index, summed per model and kind, for `interview-lsp usage`.
public struct UsageReport: Sendable {
    /// The session folder, as given.
    public var root: String
    /// Usage per model and kind.
    public var totals: [UsageTotal]

    /// Reads the session's usage without creating an index where there is none. Blocking (SQLite).
    public static func load(sessionRoot: String, indexPath: String? = nil) throws -> UsageReport {
        let root = IndexLocation.absoluteRoot(sessionRoot)
        let location = IndexLocation.setting(indexPath, sessionRoot: root)
        let candidates = [location.databasePath(forSessionRoot: root), location.cachePath(forSessionRoot: root)]
        guard candidates.contains(where: { FileManager.default.fileExists(atPath: $0) }) else {
            return UsageReport(root: sessionRoot, totals: [])
        }
        let index = try RetrievalIndex(sessionRoot: root, location: location, log: { _ in })
        return UsageReport(root: sessionRoot, totals: try index.usageTotals())
    }

    /// Requests over all models and kinds.
    public var requests: Int { totals.reduce(0) { $0 + $1.requests } }
    /// Prompt tokens over all models and kinds.
    public var promptTokens: Int { totals.reduce(0) { $0 + $1.promptTokens } }
    /// Completion tokens over all models and kinds.
    public var completionTokens: Int { totals.reduce(0) { $0 + $1.completionTokens } }

    /// `{root, usage: [{model, kind, requests, promptTokens, completionTokens, totalTokens}], total: {...}}`.
    public var json: JSON {
        [
            "root": .string(root),
            "usage": .array(totals.map { total in
                ["model": .string(total.model), "kind": .string(total.kind), "requests": .int(total.requests),
                 "promptTokens": .int(total.promptTokens), "completionTokens": .int(total.completionTokens),
                 "totalTokens": .int(total.totalTokens)]
            }),
            "total": ["requests": .int(requests), "promptTokens": .int(promptTokens),
                      "completionTokens": .int(completionTokens), "totalTokens": .int(promptTokens + completionTokens)],
        ]
    }

    /// A table: one line per model and kind, then the session total.
    public var text: String {
        guard !totals.isEmpty else { return "No model usage recorded for \(root)." }
        let header = ["MODEL", "KIND", "REQUESTS", "PROMPT", "COMPLETION", "TOTAL"]
        var rows = totals.map { total in
            [total.model, total.kind, "\(total.requests)", "\(total.promptTokens)", "\(total.completionTokens)", "\(total.totalTokens)"]
        }
        rows.append(["total", "", "\(requests)", "\(promptTokens)", "\(completionTokens)", "\(promptTokens + completionTokens)"])
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                let pad = String(repeating: " ", count: widths[column] - cell.count)
                return column < 2 ? cell + pad : pad + cell
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        return ([line(header)] + rows.map(line)).joined(separator: "\n")
    }
}
