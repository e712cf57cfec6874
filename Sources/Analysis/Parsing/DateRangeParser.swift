/// Finds a CV role's date range: "Mar 2021 – present", "2016–2019", "01/2018 - 12/2020", "Since 2020".
enum DateRangeParser {
    /// Start and end as fractional years (Mar 2021 = 2021 + 2/12); `end` nil means present.
    struct DateRange: Equatable {
        var start: Double
        var end: Double?
    }

    /// The first date range in `line`, nil when it has none.
    static func firstRange(in line: Substring) -> DateRange? {
        // Cheap rejection: a range needs a four-digit year.
        var digitRun = 0
        var hasYear = false
        for character in line.utf8 {
            if character >= 48, character <= 57 { digitRun += 1; if digitRun == 4 { hasYear = true } } else { digitRun = 0 }
        }
        guard hasYear else { return nil }
        let tokens = tokenize(line)
        var index = 0
        while index < tokens.count {
            if let (start, next) = date(at: index, in: tokens) {
                if next < tokens.count, isSeparator(tokens[next]), let (end, _) = endDate(at: next + 1, in: tokens) {
                    return DateRange(start: start, end: end)
                }
                // "2015–17": a two-digit end year in the start's century.
                if next + 1 < tokens.count, isSeparator(tokens[next]), case .number(let short, 2) = tokens[next + 1] {
                    let century = Int(start) / 100 * 100
                    if Double(century + short) >= start.rounded(.down) { return DateRange(start: start, end: Double(century + short)) }
                }
                if index > 0, tokens[index - 1] == .word("since") {
                    return DateRange(start: start, end: nil)
                }
                // "2019 –" at the end of the line is an open range.
                if next < tokens.count, tokens[next] == .dash, next + 1 == tokens.count {
                    return DateRange(start: start, end: nil)
                }
                index = next
            } else {
                index += 1
            }
        }
        return nil
    }

    private enum Token: Equatable {
        case number(Int, digits: Int)
        case word(String)
        case dash
        case slash
        case other
    }

    private static let months: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    private static let presentWords: Set<String> = ["present", "current", "now", "today", "date", "ongoing", "currently"]

    private static func isSeparator(_ token: Token) -> Bool {
        switch token {
        case .dash: true
        case .word(let word): word == "to" || word == "until" || word == "till" || word == "through" || word == "thru"
        default: false
        }
    }

    private static func year(_ token: Token) -> Int? {
        if case .number(let value, 4) = token, value >= 1950, value <= 2100 { return value }
        return nil
    }

    /// A date starting at `index` and the index after it: `Mar 2021`, `03/2021`, `2021`.
    private static func date(at index: Int, in tokens: [Token]) -> (Double, Int)? {
        guard index < tokens.count else { return nil }
        if case .word(let word) = tokens[index], let month = months[word], index + 1 < tokens.count, let year = year(tokens[index + 1]) {
            return (Double(year) + Double(month - 1) / 12, index + 2)
        }
        if case .number(let month, let digits) = tokens[index], digits <= 2, month >= 1, month <= 12,
           index + 2 < tokens.count, tokens[index + 1] == .slash, let year = year(tokens[index + 2]) {
            return (Double(year) + Double(month - 1) / 12, index + 3)
        }
        if let year = year(tokens[index]) { return (Double(year), index + 1) }
        return nil
    }

    private static func endDate(at index: Int, in tokens: [Token]) -> (Double?, Int)? {
        guard index < tokens.count else { return nil }
        if case .word(let word) = tokens[index], presentWords.contains(word) { return (nil, index + 1) }
        if let (value, next) = date(at: index, in: tokens) { return (value, next) }
        return nil
    }

    private static func tokenize(_ line: Substring) -> [Token] {
        var tokens: [Token] = []
        var word: [UInt8] = []
        var number = 0
        var digits = 0
        func flush() {
            if !word.isEmpty { tokens.append(.word(String(decoding: word, as: UTF8.self))); word.removeAll(keepingCapacity: true) }
            if digits > 0 { tokens.append(.number(number, digits: digits)); number = 0; digits = 0 }
        }
        // Scalars with an ASCII fast path: month names and "present" are ASCII, other letters only split words.
        for scalar in line.unicodeScalars {
            let value = scalar.value
            switch value {
            case 48...57:
                if !word.isEmpty { flush() }
                number = number &* 10 &+ Int(value - 48)
                digits += 1
            case 97...122, 65...90:
                if digits > 0 { flush() }
                word.append(UInt8(value | 0x20))
            case 0x2D, 0x2013, 0x2014, 0x2212, 0x2012:
                flush()
                tokens.append(.dash)
            case 0x2F:
                flush()
                tokens.append(.slash)
            case 0x2E:
                // "03.2019" is a month and year like "03/2019"; "Sept. 2010" keeps its dot out.
                let afterNumber = digits > 0
                flush()
                if afterNumber { tokens.append(.slash) }
            case 0x2C, 0x27, 0x28, 0x29, 0x5B, 0x5D:
                flush()
            default:
                flush()
                if !LineScan.isSpace(scalar) { tokens.append(.other) }
            }
        }
        flush()
        return tokens
    }
}
