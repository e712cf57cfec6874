/// What a session document is: it decides how the document is parsed.
public enum DocumentKind: String, Sendable, Hashable, CaseIterable {
    case jd
    case cv
    case transcript
    case notes
    /// Not part of the analysis (e.g. a README in the session folder).
    case other
}
