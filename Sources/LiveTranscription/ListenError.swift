/// Why audio could not be read or recorded, or a transcript not written, for the user.
public struct ListenError: Error, CustomStringConvertible, Sendable, Equatable {
    /// What went wrong.
    public var description: String

    /// An error saying `description`.
    public init(_ description: String) {
        self.description = description
    }
}
