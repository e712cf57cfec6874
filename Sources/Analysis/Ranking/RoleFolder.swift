/// A role: one folder with the job description and several candidates, each in a sub-folder of their own
/// (a CV, optionally a transcript and notes) or as a CV file beside the JD.
public struct RoleFolder: Sendable, Hashable {
    /// The folder as given by the user.
    public var root: String
    /// The JDs at the top of the folder, shared by every candidate.
    public var jobDescriptions: [SessionDocument]
    /// Sorted by name.
    public var candidates: [RoleCandidate]
    /// Files that could not be read or belong to no candidate.
    public var problems: [SessionProblem]

    /// Reads the role at `directory` (the JD and CVs at its top, one level of candidate sub-folders).
    public static func load(directory: String, globs: [DocumentKind: [String]] = [:]) throws(SessionLoadError) -> RoleFolder {
        RoleFolder(session: try SessionLoader.load(directory: directory, globs: globs))
    }

    /// Splits a folder read as one session into its JDs and candidates: a sub-folder with a CV is a candidate,
    /// and so is each CV at the top. A top-level transcript or notes file belongs to the one top-level CV when
    /// there is exactly one such CV and no candidate sub-folder; otherwise nobody can tell whose it is.
    public init(session: Session) {
        var problems = session.problems
        var topLevel: [SessionDocument] = []
        var folders: [String: [SessionDocument]] = [:]
        for document in session.documents {
            if let slash = document.path.firstIndex(of: "/") {
                folders[String(document.path[..<slash]), default: []].append(document)
            } else {
                topLevel.append(document)
            }
        }
        var candidates: [RoleCandidate] = []
        for (folder, documents) in folders {
            guard documents.contains(where: { $0.kind == .cv }) else {
                problems.append(SessionProblem(path: folder, message: "no CV in this folder; not ranked"))
                continue
            }
            for document in documents where document.kind == .jd {
                problems.append(SessionProblem(path: document.path, message: "a job description inside a candidate folder; only the role's own JD is used"))
            }
            candidates.append(RoleCandidate(name: folder, documents: documents.filter { $0.kind != .jd }))
        }
        let topCVs = topLevel.filter { $0.kind == .cv }
        let interviews = topLevel.filter { $0.kind == .transcript || $0.kind == .notes }
        if topCVs.count == 1, candidates.isEmpty {
            candidates.append(RoleCandidate(name: Self.stem(topCVs[0].path), documents: topCVs + interviews))
        } else {
            let names = Self.names(of: topCVs.map(\.path), besides: candidates.map(\.name))
            candidates += zip(topCVs, names).map { RoleCandidate(name: $1, documents: [$0]) }
            for document in interviews {
                problems.append(SessionProblem(path: document.path, message: "belongs to no candidate; put it in the candidate's folder"))
            }
        }
        let jobDescriptions = topLevel.filter { $0.kind == .jd }
        // Front matter can make any file a JD: a candidate's file must not quietly add requirements for everyone.
        if jobDescriptions.count > 1 {
            for document in jobDescriptions {
                problems.append(SessionProblem(path: document.path, message: "one of \(jobDescriptions.count) job descriptions at the top of the role; every candidate is measured against all of them"))
            }
        }
        self.root = session.root
        self.jobDescriptions = jobDescriptions
        self.candidates = candidates.sorted { $0.name < $1.name }
        self.problems = problems.sorted { ($0.path, $0.message) < ($1.path, $1.message) }
    }

    /// The session one candidate is analysed as: the role's JDs and that candidate's files, nothing else.
    public func session(for candidate: RoleCandidate) -> Session {
        Session(root: root, documents: jobDescriptions + candidate.documents)
    }

    /// Each CV file's name without its extension, or with it when that would name another candidate as well
    /// (`cv-ada.md` beside a folder `cv-ada/` or a `cv-ada.txt`): distinct names, the same for the same folder.
    private static func names(of files: [String], besides folders: [String]) -> [String] {
        let stems = files.map(stem)
        let entries = Set(folders + files)
        return zip(files, stems).map { file, stem in
            stems.count { $0 == stem } == 1 && (stem == file || !entries.contains(stem)) ? stem : file
        }
    }

    private static func stem(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), dot != path.startIndex else { return path }
        return String(path[..<dot])
    }
}
