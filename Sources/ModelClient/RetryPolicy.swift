#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// When to try again: exponential backoff with full jitter, or what the server asked for in `Retry-After`.
struct RetryPolicy: Sendable {
    /// First backoff ceiling in seconds; doubles per attempt.
    var base: Double = 0.5
    /// Largest backoff ceiling in seconds.
    var maximumBackoff: Double = 8
    /// Longest `Retry-After` honoured; a server asking for more gets this, so a request never hangs for minutes.
    var maximumRetryAfter: Double = 30

    /// Seconds to wait before retry number `attempt + 1`.
    func delay(afterAttempt attempt: Int, retryAfter: Double?) -> Double {
        if let retryAfter { return min(max(retryAfter, 0), maximumRetryAfter) }
        let ceiling = min(maximumBackoff, base * pow(2, Double(min(attempt, 30))))
        return Double.random(in: 0...ceiling)
    }

    /// Reads `Retry-After` as seconds or as an HTTP date (relative to `now`).
    static func parseRetryAfter(_ value: String?, now: Date = Date()) -> Double? {
        guard let value = value?.trimmingWhitespace, !value.isEmpty else { return nil }
        if let seconds = Double(value), seconds.isFinite, seconds >= 0 { return seconds }
        guard let date = httpDate(value) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }

    private static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]

    /// The three HTTP date forms (RFC 9110 §5.6.7), read by hand rather than with `DateFormatter`, which needs
    /// full Foundation and ICU: "Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT" and
    /// "Sun Nov  6 08:49:37 1994". The weekday is not checked.
    static func httpDate(_ value: String) -> Date? {
        let fields = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "-" }).map { $0.lowercased() }
        let day: Int?, month: Int?, year: Int?, time: String
        switch fields.count {
        case 6:
            guard ["gmt", "utc", "z"].contains(fields[5]) else { return nil }
            (day, month, time) = (Int(fields[1]), months.firstIndex(of: fields[2]).map { $0 + 1 }, fields[4])
            // Two-digit years (the RFC 850 form) are read as the nearest century, as DateFormatter did.
            year = Int(fields[3]).map { fields[3].count == 2 ? ($0 < 70 ? 2000 + $0 : 1900 + $0) : $0 }
        case 5:
            (month, day, time, year) = (months.firstIndex(of: fields[1]).map { $0 + 1 }, Int(fields[2]), fields[3], Int(fields[4]))
        default:
            return nil
        }
        let clock = time.split(separator: ":").compactMap { Int($0) }
        guard let day, let month, let year, (1...31).contains(day), clock.count == 3,
              (0..<24).contains(clock[0]), (0..<60).contains(clock[1]), (0...60).contains(clock[2]) else { return nil }
        let seconds = daysSinceEpoch(year: year, month: month, day: day) * 86_400 + clock[0] * 3600 + clock[1] * 60 + clock[2]
        return Date(timeIntervalSince1970: Double(seconds))
    }

    /// Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }
}
