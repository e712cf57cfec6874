import Analysis
import Foundation
import Logging
import ModelClient
import RetrievalIndex
@testable import SessionSupport

/// A session folder on disk (JD, CV with contact details, transcript), analysed and indexed, with model
/// services pointing at a stand-in.
final class ModelSession: @unchecked Sendable {
    static let email = "maya.okafor@example.com"
    static let phone = "+44 20 7946 0958"

    static let jd = """
    # Senior Backend Engineer

    ## Requirements

    - 5+ years of professional experience with Python
    - Hands-on experience with Kubernetes
    - Experience with Erlang/OTP
    """

    static let cv = """
    # Maya Okafor

    \(email) · \(phone)

    ## Experience

    - Built the double-entry ledger service in Python and PostgreSQL, processing 2M transactions a day
    - Ran the payout services on Kubernetes (EKS), owning deploys and on-call
    """

    static let transcript = """
    # Interview

    Interviewer: Tell me about your Kubernetes work.
    Candidate: I ran our EKS clusters for two years and handled the on-call rotation.
    Interviewer: And Python?
    Candidate: Python has been my main language since 2016, mostly Django and asyncio.
    """

    let root: String
    let index: RetrievalIndex
    let analysis: SessionAnalysis

    init(files: [String: String] = ["jd.md": ModelSession.jd, "cv.md": ModelSession.cv, "transcript.md": ModelSession.transcript]) throws {
        var template = Array((NSTemporaryDirectory() + "/model-session-XXXXXX").utf8CString)
        guard let created = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        root = IndexLocation.absoluteRoot(String(cString: created))
        for (name, text) in files {
            try text.write(toFile: root + "/" + name, atomically: true, encoding: .utf8)
        }
        let session = try SessionLoader.load(directory: root, globs: [:])
        analysis = SessionAnalyzer(taxonomy: .bundled).analyze(session)
        index = try RetrievalIndex(sessionRoot: root, log: { _ in })
        _ = try index.update(documents: session.documents)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    func services(_ settings: ModelSettings, judge: Bool = false) -> SessionModelServices {
        var options = ModelOptions([:], environment: [:])
        options.enabled = true
        options.judge = judge
        options.client = settings
        return SessionModelServices(options: options, client: ModelClient(settings: settings), index: index,
                                    log: Logger(level: .error))
    }

    /// Every byte of the session's index files (database and write-ahead log).
    func indexBytes() -> Data {
        ["", "-wal"].reduce(into: Data()) { data, suffix in
            data += FileManager.default.contents(atPath: index.databasePath + suffix) ?? Data()
        }
    }
}
