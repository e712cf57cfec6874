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

    /// Reads every session file under `directory` and one level of subfolders; binary or unreadable files become `problems`.
    public static func load(directory: String, globs: [DocumentKind: [String]] = [:]) throws(SessionLoadError) -> Session {
        let fileManager = FileManager.default
        var isDirectory: Bool = false
        guard fileManager.fileExists(atPath: directory, isDirectory: &isDirectory) else {
            throw SessionLoadError(message: "\(directory): no such directory")
        }
        guard isDirectory else {
            throw SessionLoadError(message: "\(directory): not a directory; pass the session folder that holds the JD, CV and transcript")
        }
        guard let topLevel = try? fileManager.contentsOfDirectory(atPath: directory) else {
            throw SessionLoadError(message: "\(directory): cannot be read (permission denied?)")
        }

        var documents: [SessionDocument] = []
        var problems: [SessionProblem] = []
        for name in topLevel.sorted() where !name.hasPrefix(".") && !skippedFolders.contains(name) {
            let fullPath = join(directory, name)
            var entryIsDirectory: Bool = false
            guard fileManager.fileExists(atPath: fullPath, isDirectory: &entryIsDirectory) else { continue }
            if entryIsDirectory {
                let children = (try? fileManager.contentsOfDirectory(atPath: fullPath)) ?? []
                for child in children.sorted() where !child.hasPrefix(".") {
                    var childIsDirectory: Bool = false
                    let childPath = join(fullPath, child)
                    guard fileManager.fileExists(atPath: childPath, isDirectory: &childIsDirectory), !childIsDirectory else { continue }
                    load(file: childPath, relativePath: name + "/" + child, globs: globs, into: &documents, problems: &problems)
                }
            } else {
                load(file: fullPath, relativePath: name, globs: globs, into: &documents, problems: &problems)
            }
        }
        return Session(root: directory, documents: documents, problems: problems)
    }

    /// Files larger than this are reported, not read.
    static let maximumFileSize = RegularFile.sessionFileLimit

    private static func load(file: String, relativePath: String, globs: [DocumentKind: [String]],
                             into documents: inout [SessionDocument], problems: inout [SessionProblem]) {
        let nameKind = DocumentClassifier.kind(forPath: relativePath, globs: globs) ?? DocumentClassifier.kind(forFileName: relativePath)
        let ext = fileExtension(relativePath)
        guard textExtensions.contains(ext) else {
            guard nameKind != .other, !ignoredExtensions.contains(ext), !relativePath.hasSuffix("~") else { return }
            let reason = binaryExtensions.contains(ext) ? "binary file" : "unsupported file type .\(ext)"
            problems.append(SessionProblem(path: relativePath, message: "\(relativePath): \(reason); export it as .md or .txt"))
            return
        }
        let bytes: [UInt8]
        do {
            bytes = try RegularFile.read(atPath: file)
        } catch {
            if nameKind != .other, error != .missing {
                problems.append(SessionProblem(path: relativePath, message: "\(relativePath): \(error)"))
            }
            return
        }
        switch decode(bytes) {
        case .success(let string):
            let text = SourceText(string)
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
