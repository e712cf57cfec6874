import Analysis
import LanguageServerProtocol
import SessionSupport

/// Warnings on CV, transcript and notes lines that address an AI model ("ignore previous instructions…").
/// Published offline too: a recruiter should know the document tries to steer a tool, whether or not a
/// model is configured. Prompts always fence such text as data, and it is never evidence.
enum InjectionDiagnostics {
    static let code = "prompt-injection"
    static let message = "This line reads like instructions to an AI model; interview-lsp treats it as data and never follows it."

    /// Diagnostics per session-relative path, only for documents that have any (found during the analysis).
    static func diagnostics(in analysis: SessionAnalysis) -> [String: [Diagnostic]] {
        Dictionary(grouping: analysis.injections, by: \.path).mapValues { findings in
            findings.map { Diagnostic(range: Range($0.range), severity: .warning, code: code, source: "interview", message: message) }
        }
    }
}

extension InterviewLanguageServer {
    /// Publishes the injection warnings of an analysed session, recording where they went in `published`
    /// so they are cleared once the text is gone; a document the user closed is skipped like a closed JD.
    func publishInjectionWarnings(_ analysis: SessionAnalysis, directory: String, into published: inout [String: String]) {
        for (relative, diagnostics) in InjectionDiagnostics.diagnostics(in: analysis).sorted(by: { $0.key < $1.key }) {
            let path = FilePaths.join(directory, relative)
            guard workspace.showsDiagnostics(path), published[path] == nil else { continue }
            let open = workspace.documents[path]
            let uri = open?.uri ?? DocumentURI(path: path).string
            publish(uri: uri, version: open?.version, diagnostics: diagnostics)
            published[path] = uri
        }
    }
}
