/// Reads spoken or written durations ("six years", "5+ years", "18 months", "over a decade").
enum YearsStatement {
    /// The words every statement holds: a unit or "since". Text without any states no duration.
    static let cueWords: Set<String> = ["year", "years", "yrs", "yr", "month", "months", "decade", "decades", "since"]

    /// The longest duration stated in `tokens[range]`, in years, or nil.
    static func longest(in tokens: [TextToken], range: Range<Int>) -> Double? {
        var best: Double?
        for position in range where tokens[position].isWord {
            guard let unit = unitLength(tokens[position].lower) else { continue }
            guard let amount = amount(before: position, in: tokens, lower: range.lowerBound) else { continue }
            let years = amount * unit
            if years > 0, years < 60, best.map({ years > $0 }) ?? true { best = years }
        }
        return best
    }

    /// The year in "since 2018" (or "since early 2018"), a start the reader measures to today.
    static func sinceYear(in tokens: [TextToken], range: Range<Int>) -> Int? {
        for position in range where tokens[position].lower == "since" {
            for next in (position + 1)..<min(position + 3, range.upperBound) {
                if let year = Int(tokens[next].lower), (1950...2100).contains(year) { return year }
            }
        }
        return nil
    }

    /// True when `tokens[range]` states how long: a duration or a start ("since 2018").
    static func statesDuration(in tokens: [TextToken], range: Range<Int>) -> Bool {
        longest(in: tokens, range: range) != nil || sinceYear(in: tokens, range: range) != nil
    }

    private static func unitLength(_ word: String) -> Double? {
        switch word {
        case "year", "years", "yrs", "yr": 1
        case "month", "months": 1.0 / 12.0
        case "decade", "decades": 10
        default: nil
        }
    }

    /// A short run of ASCII digits as a number; `Double(_:)` alone would also take "nan", "inf" or "1e999".
    private static func plainNumber(_ word: String) -> Double? {
        guard !word.isEmpty, word.utf8.count <= 6, word.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return Double(word)
    }

    /// The number before a unit word, skipping "+", "plus", "full", "-" and "of" ("a couple of years").
    private static func amount(before unit: Int, in tokens: [TextToken], lower: Int) -> Double? {
        var cursor = unit - 1
        while cursor >= lower, ["+", "plus", "full", "-", "of", "or", "so", "solid", "good"].contains(tokens[cursor].lower) {
            cursor -= 1
        }
        guard cursor >= lower else { return nil }
        let word = tokens[cursor].lower
        if let value = plainNumber(word) {
            // "1.5 years": the digits before the point belong to the number.
            if cursor - 2 >= lower, tokens[cursor - 1].lower == ".", !tokens[cursor - 1].spaceBefore,
               plainNumber(tokens[cursor - 2].lower) != nil {
                return Double("\(tokens[cursor - 2].lower).\(word)") ?? value
            }
            return value
        }
        if let value = numberWords[word] { return value }
        if word == "a" || word == "an" || word == "one" {
            // "forty thousand a month" is a rate, not a duration.
            if cursor > lower, word != "one", isQuantity(tokens[cursor - 1].lower) { return nil }
            return cursor > lower && tokens[cursor - 1].lower == "half" ? 0.5 : 1
        }
        // "two and a half years".
        if word == "half", cursor - 3 >= lower, tokens[cursor - 1].lower == "a", tokens[cursor - 2].lower == "and" {
            let whole = tokens[cursor - 3].lower
            if let value = plainNumber(whole) ?? numberWords[whole] ?? (whole == "one" ? 1 : nil) { return value + 0.5 }
        }
        if word == "couple" { return 2 }
        if word == "few" || word == "several" { return 3 }
        return nil
    }

    private static func isQuantity(_ word: String) -> Bool {
        Double(word) != nil || numberWords[word] != nil
            || ["hundred", "thousand", "million", "billion", "k", "m", "grand", "times", "once", "twice"].contains(word)
    }

    private static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "dozen": 12,
    ]
}
