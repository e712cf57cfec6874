import Analysis
import Assistant
import LanguageServerProtocol

/// Warnings on CV, transcript and notes lines that address an AI model ("ignore previous instructions…").
/// Published offline too: a recruiter should know the document tries to steer a tool, whether or not a
/// model is configured. Prompts always fence such text as data.
enum InjectionDiagnostics {
    static let code = "prompt-injection"
    static let message = "This line reads like instructions to an AI model; interview-lsp treats it as data and never follows it."

    /// Diagnostics per session-relative path, only for documents that have any.
    static func diagnostics(in session: Session) -> [String: [Diagnostic]] {
        var result: [String: [Diagnostic]] = [:]
        for document in session.documents {
            let found = InjectionScanner.findings(in: document)
            guard !found.isEmpty else { continue }
            result[document.path] = found.map { citation in
                Diagnostic(range: Range(citation.range), severity: .warning, code: code, source: "interview",
                           message: message)
            }
        }
        return result
    }
}

extension InterviewLanguageServer {
    /// Publishes an analysed session's injection warnings (`InjectionDiagnostics.diagnostics`), recording where
    /// they went in `published` so they are cleared once the text is gone; a document the user closed is skipped
    /// like a closed JD.
    func publishInjectionWarnings(_ warnings: [String: [Diagnostic]], directory: String, into published: inout [String: String]) {
        for (relative, diagnostics) in warnings.sorted(by: { $0.key < $1.key }) {
            let path = FilePaths.join(directory, relative)
            guard !closedJDs.contains(path), published[path] == nil else { continue }
            let open = documents[path]
            let uri = open?.uri ?? DocumentURI(path: path).string
            publish(uri: uri, version: open?.version, diagnostics: diagnostics)
            published[path] = uri
        }
    }
}
