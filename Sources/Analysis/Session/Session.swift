/// A session folder: the documents to analyse and the files that could not be read.
public struct Session: Sendable, Hashable {
    /// The folder as given by the user (kept as written so that reports echo it).
    public var root: String
    /// Sorted by path.
    public var documents: [SessionDocument]
    /// Files that belong to the session but could not be used (binary, unreadable, not UTF-8).
    public var problems: [SessionProblem]

    public init(root: String, documents: [SessionDocument], problems: [SessionProblem] = []) {
        self.root = root
        self.documents = documents.sorted { $0.path < $1.path }
        self.problems = problems.sorted { $0.path < $1.path }
    }

    /// The documents of one kind, in path order.
    public func documents(of kind: DocumentKind) -> [SessionDocument] {
        documents.filter { $0.kind == kind }
    }
}

/// A session file that could not be used, and why.
public struct SessionProblem: Sendable, Hashable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
