import Foundation
import Testing
@testable import ModelClient

@Suite struct RetryPolicyTests {
    @Test func retryAfterIsReadAsSecondsOrHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(RetryPolicy.parseRetryAfter("7", now: now) == 7)
        #expect(RetryPolicy.parseRetryAfter("0.5", now: now) == 0.5)
        let date = RetryPolicy.parseRetryAfter("Tue, 14 Nov 2023 22:13:40 GMT", now: now)
        #expect(date == 20)
        #expect(RetryPolicy.parseRetryAfter("soon", now: now) == nil)
        #expect(RetryPolicy.parseRetryAfter(nil, now: now) == nil)
    }

    @Test func retryAfterAcceptsEveryHTTPDateForm() {
        let now = Date(timeIntervalSince1970: 1_700_000_000)
        // RFC 850 with a two-digit year and asctime (day padded with a space) name the same instant.
        #expect(RetryPolicy.parseRetryAfter("Tuesday, 14-Nov-23 22:13:40 GMT", now: now) == 20)
        #expect(RetryPolicy.parseRetryAfter("Tue Nov 14 22:13:40 2023", now: now) == 20)
        #expect(RetryPolicy.parseRetryAfter("Tue Nov  4 22:13:40 2023", now: now) == 0)
        // A leap day, 106 days on (Date keeps seconds from 2001 in a Double: compare loosely).
        let leapDay = RetryPolicy.parseRetryAfter("Thu, 29 Feb 2024 00:00:00 GMT", now: now) ?? 0
        #expect(abs(leapDay - 9_164_800) < 0.001)
        #expect(RetryPolicy.parseRetryAfter("Tue, 14 Nov 2023 22:13:40 PST", now: now) == nil)
        #expect(RetryPolicy.parseRetryAfter("Tue, 14 Foo 2023 22:13:40 GMT", now: now) == nil)
        #expect(RetryPolicy.parseRetryAfter("Tue, 14 Nov 2023 25:13:40 GMT", now: now) == nil)
    }

    @Test func serverRequestedWaitIsCappedAndBackoffStaysWithinItsCeiling() {
        let policy = RetryPolicy(base: 0.5, maximumBackoff: 8, maximumRetryAfter: 30)
        #expect(policy.delay(afterAttempt: 0, retryAfter: 3600) == 30)
        #expect(policy.delay(afterAttempt: 0, retryAfter: 2) == 2)
        for attempt in 0..<8 {
            let delay = policy.delay(afterAttempt: attempt, retryAfter: nil)
            #expect(delay >= 0 && delay <= min(8, 0.5 * Double(1 << attempt)))
        }
    }
}
