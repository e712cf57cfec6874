#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Analysis
import FoundationEssentials
import JSON
import JSONRPC
import LanguageServerProtocol
import SessionSupport

/// `interview.transcribe` `[{audioPath, out?}]`: transcribes a recording with the configured model and has the
/// editor create the Markdown transcript (WorkspaceEdit: CreateFile that fails on an existing file, then the
/// text), or writes the file itself when the editor cannot. Result `{uri, turns, writtenBy: "editor"|"server"}`.
enum TranscribeCommand {
    static let name = "interview.transcribe"
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
    func transcribe(_ arguments: [JSON]) async throws(ResponseError) -> JSON {
        let argument = arguments.first ?? [:]
        guard let audioValue = argument["audioPath"]?.stringValue, !audioValue.isEmpty else {
            throw .invalidParams("interview.transcribe needs [{\"audioPath\": <recording>, \"out\"?: <transcript.md>}]")
        }
        let audio = TranscribeCommand.path(from: audioValue)
        // Only files of a session the user opened are uploaded, judged after resolving links.
        let sessionFolders = sessions.keys.compactMap(ResolvedPath.of)
        guard let resolvedAudio = TranscribeCommand.resolved(audio, inside: sessionFolders) else {
            throw .invalidParams(TranscribeCommand.audioOutside)
        }
        do {
            _ = try RegularFile.size(ofFileAt: resolvedAudio, links: .refuse)
        } catch {
            throw .invalidParams("interview.transcribe: \(audio): \(error); only regular files are uploaded")
        }
        let exists: (String) -> Bool = { TranscribeCommand.isTaken($0) || self.documents[$0] != nil }
        var out: String
        if let requested = argument["out"]?.stringValue, !requested.isEmpty {
            out = TranscribeCommand.path(from: requested)
            if !out.hasPrefix("/") { out = FilePaths.join(FilePaths.parent(of: audio), out) }
        } else {
            out = TranscribeCommand.freeName(TranscribeCommand.defaultOutput(for: audio), exists: exists)
        }
        guard TranscribeCommand.isNewFile(out, inside: sessionFolders) else { throw .invalidParams(TranscribeCommand.outOutside) }
        guard !exists(out) else { throw .invalidParams("\(out) already exists; choose another \"out\" (it is never overwritten)") }
        let folder = FilePaths.parent(of: out)
        let options = modelProvider.options(ServerSettings.resolve([SettingsLayer.project(in: folder).layer, userLayer]))
        guard options.enabled else {
            throw .invalidParams("interview.transcribe uploads the recording to a model: set interview.model.enabled to true first")
        }
        let log = self.log
        let markdown: String
        let turns: Int
        do {
            (markdown, turns) = try await TranscriptFile.markdown(
                audioPath: resolvedAudio, language: argument["language"]?.stringValue, options: options, log: { log.info($0) })
        } catch {
            throw ResponseError(code: TranscribeCommand.requestFailedCode, message: "Transcription failed: \(error)")
        }
        let uri = DocumentURI(path: out).string
        let writtenBy = try await createFile(uri: uri, path: out, text: markdown)
        return ["uri": .string(uri), "turns": .int(turns), "writtenBy": .string(writtenBy)]
    }

    /// Has the editor create the file when it can apply such an edit, else writes it here (never replacing one).
    private func createFile(uri: String, path: String, text: String) async throws(ResponseError) -> String {
        let creates = client.capability("workspace.workspaceEdit.resourceOperations")?.arrayValue?
            .contains { $0.stringValue == "create" } == true
        let editsDocuments = client.capability("workspace.workspaceEdit.documentChanges")?.boolValue == true
        if client.capability("workspace.applyEdit")?.boolValue == true, creates, editsDocuments {
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
