import Analysis
import SessionSupport

/// A session as an analysis reads it, taken on the actor and made into a `Session` off it: the folder as last
/// read from disk, and the open buffers of the folder with their kinds already decided.
struct SessionSnapshot: Sendable {
    /// An open buffer of the folder, in place of its file.
    struct Buffer: Sendable {
        /// Absolute path of the open document.
        var path: String
        var document: SessionDocument
        var version: Int
    }

    /// The session folder, absolute.
    let directory: String
    let disk: Session
    let buffers: [Buffer]

    /// The versions of the open buffers, by absolute path.
    var versions: [String: Int] {
        Dictionary(buffers.map { ($0.path, $0.version) }, uniquingKeysWith: { first, _ in first })
    }

    /// The session with every buffer in place of its file. Blocking (resolves links): call it off the actor.
    func session() -> Session {
        var documents = disk.documents
        var overlaid: Set<String> = []
        let root = ResolvedPath.of(directory) ?? directory
        for buffer in buffers {
            // The buffer of a link out of the folder stays out, as the loader leaves its file out.
            if let target = ResolvedPath.of(buffer.path), !ResolvedPath.isInside(target, folder: root) { continue }
            let relative = buffer.document.path
            if let index = documents.firstIndex(where: { $0.path == relative }) {
                documents[index] = buffer.document
            } else {
                documents.append(buffer.document)
            }
            overlaid.insert(relative)
        }
        return Session(root: directory, documents: documents, problems: disk.problems.filter { !overlaid.contains($0.path) })
    }
}
