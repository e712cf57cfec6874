/// Why a session folder could not be read at all.
public struct SessionLoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What went wrong, naming the folder ("/tmp/x: no such directory").
    public var message: String

    /// An error with `message`.
    public init(message: String) { self.message = message }

    /// The message, as the CLI prints it.
    public var description: String { message }
}
