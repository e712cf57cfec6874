/// Reads the minimum years of experience a requirement asks for.
public enum YearsParser {
    /// The first amount of years in `text` ("5+ years" → 5, "3–5 years" → 3, "18 months" → 1.5), nil without one.
    /// Durations that are not experience give none: ages ("children aged 2 to 5 years", "from 4
    /// months to 6 years", "11-16 years of age"), deadlines ("within 12–18 months of graduating",
    /// "in the last 2 years") and commitments spanning units ("commit to 10 weeks to 6 months").
    public static func minYears(in text: String) -> Double? {
        let tokens = tokenize(text)
        for (index, token) in tokens.enumerated() {
            guard case .word(let word) = token, let perYear = unitsPerYear[word] else { continue }
            guard let (amount, start) = amount(endingBefore: index, in: tokens), amount > 0,
                  !isNotExperience(amountStart: start, unit: index, in: tokens) else { continue }
            // "a 4-year degree", "our 5-year plan": a hyphenated singular unit describes a thing, not experience.
            if index > 0, tokens[index - 1] == .dash, !word.hasSuffix("s") {
                let next = index + 1 < tokens.count ? tokens[index + 1] : .other
                guard next == .word("experience") || next == .word("exp") else { continue }
            }
            let years = amount / perYear
            if years <= 50 { return years }
        }
        return nil
    }

    private enum Token: Equatable {
        case number(Double)
        case word(String)
        case plus
        case dash
        case other
    }

    private static let unitsPerYear: [String: Double] = [
        "year": 1, "years": 1, "yr": 1, "yrs": 1, "y": 1, "yoe": 1,
        "month": 12, "months": 12, "mo": 12, "mos": 12,
    ]

    private static let numberWords: [String: Double] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "eighteen": 18, "twenty": 20, "twentyfour": 24, "thirty": 30, "thirtysix": 36,
    ]

    /// Words before an amount that make it an age, a deadline or a period rather than experience.
    private static let nonExperienceLeads: Set<String> = ["within", "aged", "age", "ages", "last", "past", "next", "first"]

    /// Units that measure a stay or a commitment, never the experience asked for.
    private static let shorterUnits: Set<String> = ["week", "weeks", "wk", "wks", "day", "days", "hour", "hours"]

    /// True when the amount at `amountStart`, counted by the unit at `unit`, is not experience.
    private static func isNotExperience(amountStart: Int, unit: Int, in tokens: [Token]) -> Bool {
        if amountStart > 0, case .word(let lead) = tokens[amountStart - 1] {
            if nonExperienceLeads.contains(lead) { return true }
            // "from 4 months to 6 years": a span of ages or of time, not a minimum.
            if lead == "from", isUnit(at: unit + 2, in: tokens), tokens.indices.contains(unit + 1), tokens[unit + 1] == .word("to") {
                return true
            }
        }
        // "10 weeks to 6 months", "4 months to 6 years": a span from another unit.
        if amountStart >= 2, tokens[amountStart - 1] == .word("to"), case .word(let other) = tokens[amountStart - 2],
           shorterUnits.contains(other) || (unitsPerYear[other] != nil && unitsPerYear[other] != unitsPerYear[word(at: unit, in: tokens)]) {
            return true
        }
        // "11-16 years of age", "5 years old".
        let after = tokens[(unit + 1)...].prefix(2).compactMap { token -> String? in
            if case .word(let word) = token { return word }
            return nil
        }
        return after.first == "old" || after.starts(with: ["of", "age"])
    }

    /// True when a number and then a unit start at `index` ("6 years").
    private static func isUnit(at index: Int, in tokens: [Token]) -> Bool {
        guard index + 1 < tokens.count, value(tokens[index]) != nil, case .word(let unit) = tokens[index + 1] else { return false }
        return unitsPerYear[unit] != nil || shorterUnits.contains(unit)
    }

    private static func word(at index: Int, in tokens: [Token]) -> String {
        if case .word(let word) = tokens[index] { return word }
        return ""
    }

    /// The number a unit at `unitIndex` counts: `5`, `5+`, `5 plus`, `3-5`, `3 to 5`, `between 3 and 5`
    /// (the lower bound), with the index of its first token.
    private static func amount(endingBefore unitIndex: Int, in tokens: [Token]) -> (Double, start: Int)? {
        var index = unitIndex - 1
        while index >= 0, tokens[index] == .plus || tokens[index] == .word("plus") || tokens[index] == .dash {
            // A dash directly before the unit is "3-year"; a plus is "5+ years".
            index -= 1
        }
        guard index >= 0, let upper = value(tokens[index]) else { return nil }
        // "a 3-year roadmap" is not experience.
        if index > 0, tokens[index - 1] == .word("a") || tokens[index - 1] == .word("an") { return nil }
        if index >= 2, tokens[index - 1] == .dash || tokens[index - 1] == .word("to"), let lower = value(tokens[index - 2]) {
            return (min(lower, upper), index - 2)
        }
        if index >= 3, tokens[index - 1] == .word("and"), tokens[index - 3] == .word("between"), let lower = value(tokens[index - 2]) {
            return (min(lower, upper), index - 2)
        }
        return (upper, index)
    }

    private static func value(_ token: Token) -> Double? {
        switch token {
        case .number(let number): number
        case .word(let word): numberWords[word]
        default: nil
        }
    }

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var word: [UInt8] = []
        var number: [UInt8] = []
        func flush() {
            if !word.isEmpty { tokens.append(.word(String(decoding: word, as: UTF8.self))); word.removeAll(keepingCapacity: true) }
            if !number.isEmpty {
                if number.last == UInt8(ascii: ".") { number.removeLast() }
                tokens.append(.number(Double(String(decoding: number, as: UTF8.self)) ?? 0))
                number.removeAll(keepingCapacity: true)
            }
        }
        // Scalars with an ASCII fast path: units and number words are ASCII; other letters end up as `.other` words.
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 48...57:
                if !word.isEmpty { flush() }
                number.append(UInt8(value))
            case 0x2E where !number.isEmpty && !number.contains(UInt8(ascii: ".")):
                number.append(UInt8(value))
            case 97...122, 65...90:
                if !number.isEmpty { flush() }
                word.append(UInt8(value | 0x20))
            case 0x2B:
                flush()
                tokens.append(.plus)
            case 0x2D, 0x2013, 0x2014, 0x2212:
                flush()
                tokens.append(.dash)
            case 0x20, 0x09, 0x28, 0x29:
                flush()
            default:
                flush()
                tokens.append(.other)
            }
        }
        flush()
        return tokens
    }
}
