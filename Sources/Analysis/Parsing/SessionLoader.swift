#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Reads a session folder from disk.
public enum SessionLoader {
    /// Extensions read as text; a file without an extension is read too.
    static let textExtensions: Set<String> = ["md", "markdown", "txt", "vtt", "srt", ""]
    private static let skippedFolders: Set<String> = [".git", ".interview", "node_modules"]
    // Editor backups and lock files are never documents, whatever their names say.
    private static let ignoredExtensions: Set<String> = ["bak", "swp", "swo", "tmp", "orig", "lock", "log"]
    private static let binaryExtensions: Set<String> = [
        "pdf", "doc", "docx", "odt", "pages", "rtf", "png", "jpg", "jpeg", "gif", "heic", "webp", "zip",
        "mp3", "mp4", "m4a", "wav", "mov", "xls", "xlsx", "ppt", "pptx", "key",
    ]

    /// Reads every session file under `directory` and one level of subfolders; binary or unreadable files, and
    /// links that lead out of the folder, become `problems`.
    public static func load(directory: String, globs: [DocumentKind: [String]] = [:]) throws(SessionLoadError) -> Session {
        let fileManager = FileManager.default
        var isDirectory: Bool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw SessionLoadError(message: "\(directory): no such directory")
        }
        guard isDirectory else {
            throw SessionLoadError(message: "\(directory): not a directory; pass the session folder that holds the JD, CV and transcript")
        }
        guard let root = ResolvedPath.of(directory), let topLevel = try? fileManager.contentsOfDirectory(atPath: root) else {
            throw SessionLoadError(message: "\(directory): cannot be read (permission denied?)")
        }

        var documents: [SessionDocument] = []
        var problems: [SessionProblem] = []
        let names = topLevel.sorted().filter { !$0.hasPrefix(".") && !skippedFolders.contains($0) }
        // A folder reached again through a link (to another subfolder, or to the session folder itself) is read once:
        // its files would count twice, and a role would rank one candidate twice. What is no link claims its path first.
        var foldersRead = [root: "."]
        for name in names where !ResolvedPath.isSymbolicLink(join(root, name)) { foldersRead[join(root, name)] = name }
        for name in names {
            switch entry(join(root, name), root: root) {
            case .missing:
                continue
            case .outside(let isFolder):
                guard isFolder || kind(of: name, globs: globs) != .other else { continue }
                problems.append(outsideProblem(name, isFolder: isFolder))
            case .file(let path):
                load(file: path, relativePath: name, globs: globs, into: &documents, problems: &problems)
            case .folder(let folder):
                if folder != join(root, name) {
                    if let first = foldersRead[folder] {
                        problems.append(SessionProblem(path: name, message: first == "." ? "a link to the session folder itself; not read again"
                                                           : "a link to the folder \(first), read there; not read again"))
                        continue
                    }
                    foldersRead[folder] = name
                }
                let children = (try? fileManager.contentsOfDirectory(atPath: folder)) ?? []
                for child in children.sorted() where !child.hasPrefix(".") {
                    let relativePath = name + "/" + child
                    switch entry(join(folder, child), root: root) {
                    case .missing, .folder:
                        continue
                    case .outside(let isFolder):
                        guard !isFolder, kind(of: relativePath, globs: globs) != .other else { continue }
                        problems.append(outsideProblem(relativePath, isFolder: false))
                    case .file(let path):
                        load(file: path, relativePath: relativePath, globs: globs, into: &documents, problems: &problems)
                    }
                }
            }
        }
        let session = Session(root: directory, documents: documents, problems: problems)
        // Several CVs beside an interview are read as one candidate's: said, since they may be several candidates.
        guard let notice = RoleAnalysis.oneInterviewNotice(in: session) else { return session }
        return Session(root: directory, documents: documents, problems: problems + [notice])
    }

    /// What a folder entry is, judged without following a link out of the session folder.
    private enum Entry {
        case missing
        /// A symbolic link that resolves outside the session folder.
        case outside(isFolder: Bool)
        /// A file to read at a path whose last component is not a link (the link's resolved target when it was one).
        case file(String)
        case folder(String)
    }

    private static func entry(_ path: String, root: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        guard (info.st_mode & S_IFMT) == S_IFLNK else {
            return (info.st_mode & S_IFMT) == S_IFDIR ? .folder(path) : .file(path)
        }
        // A dangling link is skipped like a missing file.
        guard let target = ResolvedPath.of(path), stat(target, &info) == 0 else { return .missing }
        let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
        // The session folder itself is no outside folder: it is read already, which `load` says.
        guard ResolvedPath.isInside(target, folder: root) || target == root else { return .outside(isFolder: isFolder) }
        return isFolder ? .folder(target) : .file(target)
    }

    static let reportMessage = "a scorecard written by interview-lsp report; left out, so that its quotes do not count again as evidence"

    private static func outsideProblem(_ relativePath: String, isFolder: Bool) -> SessionProblem {
        SessionProblem(path: relativePath,
                       message: "\(relativePath): a link to a \(isFolder ? "folder" : "file") outside the session folder; not read")
    }

    private static func kind(of relativePath: String, globs: [DocumentKind: [String]]) -> DocumentKind {
        DocumentClassifier.kind(forPath: relativePath, globs: globs) ?? DocumentClassifier.kind(forFileName: relativePath)
    }

    private static func load(file: String, relativePath: String, globs: [DocumentKind: [String]],
                             into documents: inout [SessionDocument], problems: inout [SessionProblem]) {
        let nameKind = kind(of: relativePath, globs: globs)
        let ext = fileExtension(relativePath)
        guard textExtensions.contains(ext) else {
            guard nameKind != .other, !ignoredExtensions.contains(ext), !relativePath.hasSuffix("~") else { return }
            let reason = binaryExtensions.contains(ext) ? "binary file" : "unsupported file type .\(ext)"
            problems.append(SessionProblem(path: relativePath, message: "\(relativePath): \(reason); export it as .md or .txt"))
            return
        }
        // `file` has no link as its last component (a link was resolved and checked): one that appears now is refused.
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.read(atPath: file, links: .refuse)
        } catch {
            if nameKind != .other, error != .missing {
                problems.append(SessionProblem(path: relativePath, message: "\(relativePath): \(error)"))
            }
            return
        }
        switch decode(bytes) {
        case .success(let string):
            let text = SourceText(string)
            // Said when its name alone would make it a document, so that the user is not left wondering where it went.
            if DocumentClassifier.isReport(text) {
                if nameKind != .other { problems.append(SessionProblem(path: relativePath, message: reportMessage)) }
                return
            }
            let kind = DocumentClassifier.kind(forPath: relativePath, text: text, globs: globs)
            if kind != .other { documents.append(SessionDocument(path: relativePath, kind: kind, text: text)) }
        case .failure(let reason):
            if nameKind != .other {
                problems.append(SessionProblem(path: relativePath, message: "\(relativePath): \(reason.message)"))
            }
        }
    }

    /// The file's text without a UTF-8 byte order mark; binary and non-UTF-8 data are refused.
    static func decode(_ bytes: [UInt8]) -> Result<String, SessionLoadError> {
        var bytes = bytes
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.contains(0) {
            return .failure(SessionLoadError(message: "binary file; export it as .md or .txt"))
        }
        guard let string = String(validating: bytes, as: UTF8.self) else {
            return .failure(SessionLoadError(message: "not valid UTF-8 text; save it as UTF-8"))
        }
        return .success(string)
    }

    private static func fileExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last ?? ""
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }
}
