#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import Blocking
import FoundationEssentials
import JSON
import JSONRPC
import LanguageServerProtocol
import SessionSupport

/// `interview.transcribe` `[{audioPath, out?}]`: transcribes a recording with the configured model and has the
/// editor create the Markdown transcript (WorkspaceEdit: CreateFile that fails on an existing file, then the
/// text), or writes the file itself when the editor cannot. Result `{uri, turns, writtenBy: "editor"|"server"}`.
enum TranscribeCommand: InterviewCommand {
    struct Arguments: Sendable {
        /// The recording: a path or file URI.
        var audioPath: String
        /// Where the transcript goes, relative to the recording; `<recording>-transcript.md` otherwise.
        var out: String?
        /// The spoken language, as a hint to the model.
        var language: String?
    }

    static let name = "interview.transcribe"
    static let usage = "[{\"audioPath\": <recording>, \"out\"?: <transcript.md>}]"

    static func arguments(from argument: JSON) throws(ResponseError) -> Arguments {
        let audioPath = try argument.requiredString("audioPath")
        guard !audioPath.isEmpty else { throw .invalidParams("'audioPath' is empty") }
        let out = try argument.optionalString("out")
        return Arguments(audioPath: audioPath, out: out?.isEmpty == true ? nil : out, language: try argument.optionalString("language"))
    }

    static func run(_ arguments: Arguments, request: CommandRequest, on server: isolated InterviewLanguageServer)
        async throws(ResponseError) -> TranscribeResult {
        try await server.transcribe(arguments)
    }
    /// LSP's code for a request that was valid but failed.
    static let requestFailedCode = -32803

    /// `round1.m4a` → `round1-transcript.md` beside it (the name makes it a transcript).
    static func defaultOutput(for audioPath: String) -> String {
        FilePaths.splitExtension(audioPath).base + "-transcript.md"
    }

    /// `path`, or with `-2`, `-3`, … before the extension when that file exists.
    static func freeName(_ path: String, exists: (String) -> Bool) -> String {
        guard exists(path) else { return path }
        let (base, ext) = FilePaths.splitExtension(path)
        var number = 2
        while exists("\(base)-\(number).\(ext)") { number += 1 }
        return "\(base)-\(number).\(ext)"
    }

    /// The edit creating `uri` (never over an existing file) and inserting `text`.
    static func edit(creating uri: String, text: String) -> JSON {
        let start: JSON = ["line": 0, "character": 0]
        return ["documentChanges": [
            ["kind": "create", "uri": .string(uri), "options": ["overwrite": false, "ignoreIfExists": false]],
            ["textDocument": ["uri": .string(uri), "version": .null],
             "edits": [["range": ["start": start, "end": start], "newText": .string(text)]]],
        ]]
    }

    static func path(from value: String) -> String {
        value.hasPrefix("file:") ? (DocumentURI(string: value).path ?? value) : value
    }

    // One message whether the path is missing or outside: the command must not reveal what exists elsewhere.
    static let audioOutside = "interview.transcribe: audioPath must name a recording inside an open session folder"
    static let outOutside = "interview.transcribe: out must name a file inside an open session folder"

    /// `path` resolved, when it exists inside one of the (resolved) `folders`.
    static func resolved(_ path: String, inside folders: [String]) -> String? {
        guard let resolved = ResolvedPath.of(path), folders.contains(where: { ResolvedPath.isInside(resolved, folder: $0) }) else {
            return nil
        }
        return resolved
    }

    /// Whether a file created at `path` lands in one of `folders` (resolved) or below: `path` need not exist yet,
    /// so its folder is resolved.
    static func isNewFile(_ path: String, inside folders: [String]) -> Bool {
        let name = FilePaths.lastComponent(of: path)
        guard !["", ".", ".."].contains(name), let folder = ResolvedPath.of(FilePaths.parent(of: path)) else { return false }
        return folders.contains { folder == $0 || ResolvedPath.isInside(folder, folder: $0) }
    }

    /// Whether anything, even a dangling link, is at `path`.
    static func isTaken(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }
}

extension InterviewLanguageServer {
    /// Transcribes the recording and has the transcript file created.
    func transcribe(_ arguments: TranscribeCommand.Arguments) async throws(ResponseError) -> TranscribeResult {
        let audio = TranscribeCommand.path(from: arguments.audioPath)
        // Only files of a session the user opened are uploaded, judged after resolving links.
        let sessionFolders = workspace.sessions.keys.compactMap(ResolvedPath.of)
        guard let resolvedAudio = TranscribeCommand.resolved(audio, inside: sessionFolders) else {
            throw .invalidParams(TranscribeCommand.audioOutside)
        }
        do {
            _ = try RegularFile.size(ofFileAt: resolvedAudio, links: .refuse)
        } catch {
            throw .invalidParams("interview.transcribe: \(audio): \(error); only regular files are uploaded")
        }
        let exists: (String) -> Bool = { TranscribeCommand.isTaken($0) || self.workspace.documents[$0] != nil }
        var out: String
        if let requested = arguments.out {
            out = TranscribeCommand.path(from: requested)
            if !out.hasPrefix("/") { out = FilePaths.join(FilePaths.parent(of: audio), out) }
        } else {
            out = TranscribeCommand.freeName(TranscribeCommand.defaultOutput(for: audio), exists: exists)
        }
        guard TranscribeCommand.isNewFile(out, inside: sessionFolders) else { throw .invalidParams(TranscribeCommand.outOutside) }
        guard !exists(out) else { throw .invalidParams("\(out) already exists; choose another \"out\" (it is never overwritten)") }
        let folder = FilePaths.parent(of: out)
        let project = await BlockingWork.run { SettingsLayer.project(in: folder).layer }
        let options = modelProvider.options(ServerSettings.resolve([project, workspace.userLayer]))
        guard options.enabled else {
            throw .invalidParams("interview.transcribe uploads the recording to a model: set interview.model.enabled to true first")
        }
        let log = self.log
        let markdown: String
        let turns: Int
        do {
            (markdown, turns) = try await TranscriptFile.markdown(
                audioPath: resolvedAudio, language: arguments.language, options: options, log: { log.info($0) })
        } catch {
            throw ResponseError(code: TranscribeCommand.requestFailedCode, message: "Transcription failed: \(error)")
        }
        let uri = DocumentURI(path: out).string
        let writtenBy = try await createFile(uri: uri, path: out, text: markdown)
        return TranscribeResult(uri: uri, turns: turns, writtenBy: writtenBy)
    }

    /// Has the editor create the file when it can apply such an edit, else writes it here (never replacing one).
    private func createFile(uri: String, path: String, text: String) async throws(ResponseError) -> String {
        let support = EditSupport(capabilities: capabilities)
        if capabilities.appliesEdits, support.createFiles, support.documentChanges {
            let params: JSON = ["label": "Write interview transcript", "edit": TranscribeCommand.edit(creating: uri, text: text)]
            let result = try await connection.request("workspace/applyEdit", params: params)
            guard result["applied"]?.boolValue == true else {
                let reason = result["failureReason"]?.stringValue ?? "the editor did not apply it"
                throw ResponseError(code: TranscribeCommand.requestFailedCode, message: "The transcript was not written: \(reason)")
            }
            return "editor"
        }
        do {
            try TranscriptFile.save(text, to: path, overwrite: false)
        } catch {
            throw ResponseError(code: TranscribeCommand.requestFailedCode, message: "\(error)")
        }
        return "server"
    }
}

/// The transcript written: `{uri, turns, writtenBy: "editor"|"server"}`.
struct TranscribeResult: CommandOutput {
    var uri: String
    var turns: Int
    var writtenBy: String

    var json: JSON { ["uri": .string(uri), "turns": .int(turns), "writtenBy": .string(writtenBy)] }
}
