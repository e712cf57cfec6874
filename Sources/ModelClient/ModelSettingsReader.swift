import JSON

/// Reads the members of one `interview.model` object, each as its type requires; a present but unusable
/// value is recorded as a problem (in the order read) and reads as nil, so its default is kept.
struct ModelSettingsReader {
    private let members: [String: JSON]
    private(set) var problems: [ModelSettingsProblem] = []

    init(_ members: [String: JSON]) {
        self.members = members
    }

    /// Records that `key` is present but unusable.
    mutating func problem(_ key: String, _ message: String) {
        problems.append(.init(setting: "interview.model.\(key)", message: message))
    }

    /// A non-empty string, trimmed.
    mutating func string(_ key: String) -> String? {
        guard let value = present(key) else { return nil }
        guard let text = value.stringValue, !text.trimmingWhitespace.isEmpty else {
            problem(key, "must be a non-empty string")
            return nil
        }
        return text.trimmingWhitespace
    }

    /// A number of milliseconds of at least `minimum`, in seconds.
    mutating func milliseconds(_ key: String, minimum: Int) -> Double? {
        guard let value = present(key) else { return nil }
        guard let number = value.doubleValue, number >= Double(minimum), number.isFinite else {
            problem(key, "must be a number of milliseconds, at least \(minimum)")
            return nil
        }
        return number / 1000
    }

    /// A whole number within `range`.
    mutating func count(_ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let value = present(key) else { return nil }
        guard let count = value.intValue, range.contains(count) else {
            problem(key, "must be a whole number from \(range.lowerBound) to \(range.upperBound)")
            return nil
        }
        return count
    }

    /// true or false.
    mutating func flag(_ key: String) -> Bool? {
        guard let value = present(key) else { return nil }
        guard let flag = value.boolValue else {
            problem(key, "must be true or false")
            return nil
        }
        return flag
    }

    /// The value of `key`; an absent member and `null` both mean "not set".
    private func present(_ key: String) -> JSON? {
        guard let value = members[key], !value.isNull else { return nil }
        return value
    }
}
