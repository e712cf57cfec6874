import Analysis

/// A quote the assistant shows, pointing at the exact place in a session document it comes from.
public typealias Citation = SourceQuote

extension SourceQuote {
    /// Cites a requirement where the JD states it.
    public init(requirement: Requirement) {
        self.init(path: requirement.path, kind: .jd, range: requirement.range, text: requirement.text)
    }
}
