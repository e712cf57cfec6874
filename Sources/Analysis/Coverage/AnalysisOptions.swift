#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Knobs of the offline analysis; the defaults are what users get.
public struct AnalysisOptions: Sendable, Hashable {
    /// "Now" as a fractional year (2026.5 = July 2026): the end of roles that run to "present".
    public var referenceDate: Double
    /// At most this many quotes are kept per requirement.
    public var maxEvidencePerRequirement: Int

    /// `referenceDate` defaults to today.
    public init(referenceDate: Double? = nil, maxEvidencePerRequirement: Int = 5) {
        self.referenceDate = referenceDate ?? Self.currentYear()
        self.maxEvidencePerRequirement = max(1, maxEvidencePerRequirement)
    }

    /// Today as a fractional year, from the system clock.
    public static func currentYear() -> Double {
        let secondsPerYear = 365.2425 * 86_400
        return 1970 + Double(time(nil)) / secondsPerYear
    }
}
