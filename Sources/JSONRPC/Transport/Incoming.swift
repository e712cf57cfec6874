/// What the reader thread hands to the dispatcher, in arrival order.
public enum Incoming: Sendable, Hashable {
    case message(Message)
    /// The body was not JSON (or the header block was unusable): answer ParseError with a null id.
    case parseError(String)
    /// Valid JSON that is not a valid message: answer InvalidRequest.
    case invalid(InvalidMessage)
}
