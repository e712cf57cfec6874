/// Why a file handed over by a session folder was not read.
public enum RegularFileRefusal: Error, Sendable, Equatable, CustomStringConvertible {
    /// Nothing is there (or a folder on the way is missing).
    case missing
    /// The path is a symbolic link where links are never followed.
    case symbolicLink
    /// A FIFO, socket, device or folder, named by what it is ("a named pipe (FIFO)").
    case notRegular(String)
    /// Larger than the limit, by the size of the opened file.
    case tooLarge(bytes: Int, limit: Int)
    /// The system refused to open or read it, with its reason ("permission denied").
    case unreadable(String)

    /// The reason, to follow the file's name ("cv.md: a named pipe (FIFO), not a regular file").
    public var description: String {
        switch self {
        case .missing:
            return "no such file"
        case .symbolicLink:
            return "a symbolic link, which is never followed"
        case .notRegular(let kind):
            return "\(kind), not a regular file"
        case .tooLarge(let bytes, let limit):
            let megabyte = 1024 * 1024
            return "too large (\(bytes / megabyte) MB); session files are read up to \(limit / megabyte) MB"
        case .unreadable(let reason):
            return "cannot be read (\(reason))"
        }
    }
}
