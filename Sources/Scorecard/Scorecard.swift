import Analysis
import Assistant

/// A recruiter-facing scorecard of one candidate, built from the session's analysis: what the report shows.
public struct Scorecard: Sendable {
    /// The line every report starts with (after the HTML doctype), so `report --out` knows a file is one of its own.
    public static let marker = DocumentClassifier.reportMarker

    /// "Senior Platform Engineer", from the first JD's title, else the session folder's name.
    public var title: String
    /// The session folder's name, as the report names the candidate's session.
    public var session: String
    public var rows: [ScorecardRow]
    public var tally: CoverageTally
    /// Unchecked items under "Questions to ask" in the session's notes.
    public var openQuestions: [SourceQuote]
    public var redFlags: [RedFlag]
    /// CV, transcript and notes lines that address an AI model: treated as data, never evidence.
    public var injections: [InjectionFinding]
    /// The model's summary (`report --summarize`), shown above the offline sentences; nil offline.
    public var modelSummary: String?

    /// How the summary was written, shown under it.
    public var summaryOrigin: String {
        modelSummary == nil
            ? "Written from the analysis, offline: no model saw this session."
            : "The first paragraph was written by the model from this scorecard; the sentences after it, and everything below, come from the analysis."
    }

    /// Sentences summarising the scorecard, written from the analysis (no model).
    public var summary: [String]

    /// The scorecard of `analysis`, with the model's summary when there is one.
    public init(analysis: SessionAnalysis, modelSummary: String? = nil) {
        self.modelSummary = modelSummary
        let root = analysis.session.root
        var name = root
        while name.count > 1, name.hasSuffix("/") { name.removeLast() }
        session = name.split(separator: "/").last.map(String.init) ?? name
        let jdTitle = analysis.jobDescriptions.keys.sorted().lazy.compactMap { analysis.jobDescriptions[$0]?.title }.first
        title = jdTitle ?? session
        rows = analysis.assessments.filter { !$0.requirement.ignored }.map(ScorecardRow.init(assessment:))
        tally = CoverageTally(rows: rows)
        openQuestions = analysis.session.documents(of: .notes).flatMap(QuestionInsertion.openQuestions)
        redFlags = RedFlag.all(in: analysis)
        injections = analysis.injections
        summary = []
        summary = ScorecardSummary.sentences(for: self)
    }
}
