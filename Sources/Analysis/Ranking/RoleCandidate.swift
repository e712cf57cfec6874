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

extension RoleCandidate {
    /// The candidate's own sub-folder of the role (`ada`); nil for a CV file beside the JD.
    public var folder: String? {
        guard let first = documents.first, let slash = first.path.firstIndex(of: "/") else { return nil }
        return String(first.path[..<slash])
    }
}
