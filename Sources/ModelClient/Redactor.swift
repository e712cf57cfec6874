/// Replaces personal data (e-mail, phone, street address, profile URLs) with placeholders before text leaves the machine.
///
/// Written with the standard library's `Regex` rather than `NSRegularExpression`, so the executable needs no
/// Foundation with ICU (start-up time and binary size). `Regex` has no lookbehind: a pattern that needs one
/// captures the character before the match instead (`(^|[^…])`) and the replacement puts it back. Word
/// boundaries are the simple `\w`/`\W` ones, as ICU's. (Matching stays per Character: with per-scalar
/// semantics this toolchain's `Regex` never matches a leading simple `\b`.)
public struct Redactor: Sendable {
    /// The placeholders written in place of what was found.
    public enum Placeholder {
        public static let email = "[email]"
        public static let phone = "[phone]"
        public static let address = "[address]"
        public static let profileURL = "[profile-url]"
    }

    /// A redactor with the built-in patterns.
    public init() {}

    /// `text` with every e-mail address, phone number, street address and personal profile URL replaced.
    public func redact(_ text: String) -> String {
        // URLs first so an e-mail-like `user@` inside a URL or a phone-like path is not split up.
        // Each pattern runs only when the text holds something every match of it must contain: `Regex` is
        // several times slower than ICU, and most passages have no e-mail, URL or street name at all.
        var result = text
        if Self.contains(result, "/") {
            result = Self.replace(Self.profileURL, in: result, keepingGroup: 1, with: Placeholder.profileURL)
        }
        result = Self.replace(Self.labelledSite, in: result, keepingGroup: 1, with: Placeholder.profileURL)
        if Self.contains(result, "@") { result = Self.replace(Self.email, in: result, with: Placeholder.email) }
        // Addresses and phones need a digit (`\d` is any Unicode digit: non-ASCII text always runs them).
        guard result.utf8.contains(where: { $0 >= 0x80 || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) }) else {
            return result
        }
        result = Self.replace(Self.streetAddress, in: result, with: Placeholder.address)
        if Self.europeanStreetWords.contains(where: { Self.contains(result, $0) }) {
            result = Self.replace(Self.europeanStreet, in: result, with: Placeholder.address)
        }
        result = Self.replacePhones(in: result)
        return result
    }

    /// True when `needle` (not empty) occurs in `text`, compared as UTF-8 bytes.
    private static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { wanted in
                guard let first = wanted.first, haystack.count >= wanted.count else { return false }
                var start = 0
                while start <= haystack.count - wanted.count {
                    if haystack[start] == first, haystack[start..<start + wanted.count].elementsEqual(wanted) { return true }
                    start += 1
                }
                return false
            }
        }
    }

    // nonisolated(unsafe): a `Regex` is immutable once made (it compiles its program once, atomically) but
    // is not declared Sendable in this toolchain.
    nonisolated(unsafe) private static let email = pattern(#"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}"#)

    /// Social profiles and code-hosting accounts name a person, whatever follows the host.
    /// Group 1 stands in for the lookbehind `(?<![A-Za-z0-9.\-])`.
    nonisolated(unsafe) private static let profileURL = pattern(
        #"(^|[^A-Za-z0-9.\-])(?:https?://)?(?:[a-z]{2,3}\.)?(?:www\.)?"#
            + #"(?:linkedin\.com/(?:in|pub)|github\.com|gitlab\.com|bitbucket\.org|twitter\.com|x\.com|"#
            + #"instagram\.com|facebook\.com|medium\.com|stackoverflow\.com/users|dev\.to|behance\.net|dribbble\.com)"#
            + #"/[^\s)\]>,;"']+"#,
        caseInsensitive: true)

    /// A personal site is recognisable only by its label in a CV header ("Website: …", "Portfolio: …").
    nonisolated(unsafe) private static let labelledSite = pattern(
        #"((?:^|\b)(?:website|web|portfolio|homepage|home page|blog|personal site|site)\s*[:\-–]\s*)(?:https?://)?[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:/[^\s)\]>,;]*)?"#,
        caseInsensitive: true)

    private static let streetSuffixes =
        "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Ter|"
        + "Parkway|Pkwy|Circle|Cir|Square|Sq|Highway|Hwy|Crescent|Close|Row|Alley|Plaza"

    /// "221B Baker Street", "1600 Pennsylvania Ave NW, Apt 4, Springfield, IL 62704".
    nonisolated(unsafe) private static let streetAddress = pattern(
        #"\b\d{1,5}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'’\-]*\.?\s+){1,4}(?:"# + streetSuffixes + #")\b\.?"#
            + #"(?:\s+(?:N|S|E|W|NE|NW|SE|SW)\b)?"#
            + #"(?:,?\s*(?:Apt|Apartment|Suite|Ste|Unit|Flat|#)\.?\s*[A-Za-z0-9\-]+)?"#
            + #"(?:,\s*[A-Z][A-Za-z .'\-]{1,30}?,\s*[A-Z]{2}\s+\d{5}(?:-\d{4})?)?"#)

    /// Fragments of which every `europeanStreet` suffix contains one ("stra" covers straße, strasse, straat).
    /// Regex compares Characters canonically, so "väg" may also be written with a combining diaeresis.
    private static let europeanStreetWords = ["stra", "str.", "weg", "gasse", "platz", "allee", "gracht", "laan", "vej",
                                              "gade", "väg", "\u{308}", "gatan"]

    /// "Hauptstraße 12a", "Keizersgracht 5" style: street name first, number after.
    nonisolated(unsafe) private static let europeanStreet = pattern(
        #"\b[A-ZÄÖÜ][\p{L}\-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|gracht|laan|straat|vej|gade|väg|gatan)\s+\d{1,4}[a-z]?\b"#)

    /// Candidates: an optional `+`, then digits with spaces, dots, dashes or parentheses between (group 2).
    /// Group 1 stands in for the lookbehind `(?<![\w+\-/.])`.
    nonisolated(unsafe) private static let phoneCandidate = pattern(#"(^|[^\w+\-/.])((?:\+|\(\+?)?\d[\d \t().\-]{5,22}\d)(?![\w/])"#)

    nonisolated(unsafe) private static let isoDate = pattern(#"\d{4}[\-./]\d{1,2}[\-./]\d{1,2}"#)
    nonisolated(unsafe) private static let dayFirstDate = pattern(#"\d{1,2}[\-./]\d{1,2}[\-./]\d{4}"#)

    private static func replacePhones(in text: String) -> String {
        var output = ""
        var cursor = text.startIndex
        for match in text.matches(of: phoneCandidate) {
            guard let found = match.output[2].range else { continue }
            var candidate = text[found]
            // The candidate pattern may swallow trailing spaces or a closing parenthesis of prose.
            while let last = candidate.last, last == " " || last == ")" && !candidate.contains("(") {
                candidate.removeLast()
            }
            guard isPhoneNumber(String(candidate)) else { continue }
            output += text[cursor..<candidate.startIndex]
            output += Placeholder.phone
            cursor = candidate.endIndex
        }
        output += text[cursor...]
        return output
    }

    /// Tells phone numbers from years, date ranges, dates, versions and IP addresses.
    static func isPhoneNumber(_ candidate: String) -> Bool {
        let digits = candidate.filter(\.isASCIIDigit)
        let international = candidate.hasPrefix("+") || candidate.hasPrefix("(+")
        guard digits.count >= (international ? 8 : 10), digits.count <= 15 else { return false }
        let groups = candidate.split(whereSeparator: { !$0.isASCIIDigit }).map(String.init)
        // "2019 - 2023 2024", "2019.01.15": years and dates, not phones.
        if groups.allSatisfy({ $0.count == 4 && ($0.hasPrefix("19") || $0.hasPrefix("20")) }) { return false }
        if candidate.wholeMatch(of: isoDate) != nil || candidate.wholeMatch(of: dayFirstDate) != nil { return false }
        // 192.168.100.200 and 1.2.3.4-style version strings.
        if !international, candidate.allSatisfy({ $0.isASCIIDigit || $0 == "." }), groups.count >= 3,
            groups.allSatisfy({ $0.count <= 3 })
        {
            return false
        }
        return true
    }

    private static func pattern(_ source: String, caseInsensitive: Bool = false) -> Regex<AnyRegexOutput> {
        // The patterns are literals; a failure here is a programming error caught by the tests.
        let regex = try! Regex(source)
            .anchorsMatchLineEndings()
            .wordBoundaryKind(.simple)
        return caseInsensitive ? regex.ignoresCase() : regex
    }

    /// `text` with each match replaced by its group `kept` (when given) followed by `placeholder`.
    private static func replace(
        _ regex: Regex<AnyRegexOutput>, in text: String, keepingGroup kept: Int? = nil, with placeholder: String
    ) -> String {
        var output = ""
        var cursor = text.startIndex
        for match in text.matches(of: regex) {
            output += text[cursor..<match.range.lowerBound]
            if let kept, let prefix = match.output[kept].substring { output += prefix }
            output += placeholder
            cursor = match.range.upperBound
        }
        output += text[cursor...]
        return output
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
