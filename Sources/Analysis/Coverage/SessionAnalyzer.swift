/// Analyses a session: parses its documents, matches requirements to evidence, decides statuses.
///
/// Documents are prepared (parsed, tokenized, matched) once and cached by text, in a cache shared
/// by every analyzer over the same taxonomy, so re-analysing after an edit only re-prepares the
/// edited document even when each request makes a new analyzer. The result depends only on the session,
/// the taxonomy and the options: the same input gives the same analysis.
public struct SessionAnalyzer: Sendable {
    /// The skills requirements and evidence are matched against.
    public let taxonomy: SkillTaxonomy
    /// Reference date and evidence cap.
    public let options: AnalysisOptions
    /// Finds the taxonomy's skills in text.
    public var matcher: SkillMatcher { resources.matcher }
    private let resources: AnalysisResources
    private var cache: PreparedDocumentCache { resources.cache }

    /// An analyzer with default options (years counted up to today).
    public init(taxonomy: SkillTaxonomy) {
        self.init(taxonomy: taxonomy, options: AnalysisOptions())
    }

    /// An analyzer with explicit options (e.g. a fixed reference date for reproducible years).
    public init(taxonomy: SkillTaxonomy, options: AnalysisOptions) {
        self.taxonomy = taxonomy
        self.options = options
        self.resources = AnalysisResources.shared(for: taxonomy)
    }

    /// Parses the bundled taxonomy and compiles its matcher now (~11 ms, see interview-bench), so that the first analysis
    /// does not: a server calls it off the main path at `initialize`, before any document is open.
    public static func warmUp() {
        _ = AnalysisResources.shared(for: SkillTaxonomy.bundled)
    }

    /// Analyses `session`; deterministic for the same input.
    public func analyze(_ session: Session) -> SessionAnalysis {
        defer { cache.endAnalysis() }
        var jobDescriptions: [String: ParsedJobDescription] = [:]
        var transcripts: [(order: Int, document: PreparedTranscript)] = []
        var cvs: [(order: Int, document: PreparedCV)] = []
        var requirements: [(requirement: Requirement, reading: RequirementReading)] = []
        var injections: [InjectionFinding] = []
        var ids = RequirementSlug.UniqueIDs()
        for (order, document) in session.documents.enumerated() {
            switch document.kind {
            case .jd:
                guard case .jobDescription(let prepared) = prepare(document, root: session.root) else { continue }
                // Ids are unique within a JD; a second JD asking for the same thing gets the next suffix.
                var parsed = prepared.parsed
                for index in parsed.requirements.indices {
                    parsed.requirements[index].id = ids.claim(parsed.requirements[index].id)
                }
                jobDescriptions[document.path] = parsed
                requirements += zip(parsed.requirements, prepared.readings).filter { !$0.0.ignored }
            case .cv:
                guard case .cv(let prepared) = prepare(document, root: session.root) else { continue }
                cvs.append((order, prepared))
                injections += prepared.injected.findings
            case .transcript, .notes:
                guard case .transcript(let prepared) = prepare(document, root: session.root) else { continue }
                transcripts.append((order, prepared))
                injections += prepared.injected.findings
            case .other:
                continue
            }
        }
        let (matcher, options, assessed) = (matcher, options, requirements)
        let (preparedTranscripts, preparedCVs) = (transcripts, cvs)
        // Requirements are assessed independently: many of them on every core, with an assessor per chunk
        // (it remembers the quotes it made).
        let assessments = ParallelMap.mapChunks(assessed.count, minimumChunk: 1024) { chunk in
            let assessor = RequirementAssessor(matcher: matcher, options: options, transcripts: preparedTranscripts, cvs: preparedCVs)
            return chunk.map { assessor.assess(assessed[$0].requirement, reading: assessed[$0].reading) }
        }
        return SessionAnalysis(session: session, jobDescriptions: jobDescriptions, assessments: assessments,
                               injections: injections, matcher: matcher)
    }

    private func prepare(_ document: SessionDocument, root: String) -> PreparedDocument {
        cache.document(for: document, root: root) {
            switch document.kind {
            case .jd: .jobDescription(PreparedJobDescription(document: document, matcher: matcher))
            case .cv: .cv(PreparedCV(document: document, matcher: matcher, cache: cache))
            case .transcript, .notes, .other: .transcript(PreparedTranscript(document: document, matcher: matcher, cache: cache))
            }
        }
    }
}
