/// One candidate of a role: a name and the files that are theirs alone.
public struct RoleCandidate: Sendable, Hashable {
    /// The sub-folder's name, or the CV file's name without its extension (with it when another candidate has that name).
    public var name: String
    /// Role-relative paths (`alice/cv.md`), sorted.
    public var documents: [SessionDocument]

    public init(name: String, documents: [SessionDocument]) {
        self.name = name
        self.documents = documents.sorted { $0.path < $1.path }
    }
}
