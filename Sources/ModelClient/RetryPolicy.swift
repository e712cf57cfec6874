import Foundation

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
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        for format in ["EEE, dd MMM yyyy HH:mm:ss zzz", "EEEE, dd-MMM-yy HH:mm:ss zzz", "EEE MMM d HH:mm:ss yyyy"] {
            formatter.dateFormat = format
            if let date = formatter.date(from: value) { return max(0, date.timeIntervalSince(now)) }
        }
        return nil
    }
}
