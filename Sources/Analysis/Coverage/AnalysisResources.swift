import Synchronization

/// What analyzers over the same taxonomy share: the compiled matcher and the prepared-document cache.
///
/// Callers often make a fresh `SessionAnalyzer` per request (a server per edit, a CLI per run);
/// sharing by taxonomy keeps the matcher compiled once and lets an edit re-prepare only the
/// document that changed.
final class AnalysisResources: Sendable {
    let matcher: SkillMatcher
    let cache = PreparedDocumentCache()

    private init(taxonomy: SkillTaxonomy) {
        matcher = SkillMatcher(taxonomy: taxonomy)
    }

    /// The most recently used taxonomies' resources, newest last.
    private static let recent = Mutex<[(skills: [SkillDefinition], resources: AnalysisResources)]>([])
    /// Enough for the bundled taxonomy plus a few user extensions in flight.
    private static let capacity = 4

    /// The bundled taxonomy's resources, compiled once: a lazy global, so an analysis that asks while
    /// `SessionAnalyzer.warmUp()` is compiling waits for it instead of compiling a second copy.
    private static let bundled = AnalysisResources(taxonomy: SkillTaxonomy.bundled)

    /// The shared resources for `taxonomy`, compiled on first use.
    static func shared(for taxonomy: SkillTaxonomy) -> AnalysisResources {
        let skills = taxonomy.skills
        if skills == SkillTaxonomy.bundled.skills { return bundled }
        if let found = recent.withLock({ entries -> AnalysisResources? in
            guard let index = entries.lastIndex(where: { $0.skills.count == skills.count && $0.skills == skills }) else { return nil }
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.resources
        }) {
            return found
        }
        let made = AnalysisResources(taxonomy: taxonomy)
        recent.withLock { entries in
            entries.append((skills, made))
            if entries.count > capacity { entries.removeFirst(entries.count - capacity) }
        }
        return made
    }
}
