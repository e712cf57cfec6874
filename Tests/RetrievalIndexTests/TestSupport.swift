import Analysis
import Foundation
import RetrievalIndex
import Synchronization

/// A fresh directory under the system temp folder, deleted when released.
final class TemporaryDirectory {
    let path: String

    init() throws {
        var template = Array((NSTemporaryDirectory() + "/retrieval-index-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = IndexLocation.absoluteRoot(String(cString: created))
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func subdirectory(_ name: String) throws -> String {
        let sub = path + "/" + name
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        return sub
    }
}

/// Collects log lines so tests can see that a rebuild was reported.
final class LogRecorder: Sendable {
    private let lines = Mutex<[String]>([])

    var messages: [String] { lines.withLock { $0 } }

    var log: RetrievalIndex.Log {
        { message in self.lines.withLock { $0.append(message) } }
    }
}

func document(_ path: String, _ kind: DocumentKind, _ text: String) -> SessionDocument {
    SessionDocument(path: path, kind: kind, text: SourceText(text))
}

/// A location that never falls back, with its cache inside `directory`.
func location(cacheIn directory: TemporaryDirectory, writable: Bool = true) -> IndexLocation {
    IndexLocation(environment: ["XDG_CACHE_HOME": directory.path + "/cache", "HOME": directory.path],
                  isWritable: { _ in writable })
}

let sampleTranscript = """
    Interviewer: Tell me about your Kubernetes experience.
    Candidate: I ran Kubernetes on EKS for three years and migrated thirty services to it.
    Interviewer: What about PostgreSQL?
    Candidate: I tuned PostgreSQL queries and partitioned a billing table.
    Candidate: I have not used Kafka in production.
    """

let sampleCV = """
    # Jane Doe
    ## Experience
    Senior SRE, Acme Corp (2019 – present)
    - Moved 30 services to EKS with Terraform
    - Wrote C++ tooling for log shipping
    """
