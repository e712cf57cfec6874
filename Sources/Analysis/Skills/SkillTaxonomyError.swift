/// Why skill definitions could not be read, naming the entry at fault ("skills[3].aliases must be ...").
public struct SkillTaxonomyError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The message shown to the user, starting with the path of the bad entry.
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
