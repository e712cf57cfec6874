import JSON
import JSONRPC

/// The methods a server implements; the dispatcher takes care of lifecycle, errors and cancellation.
public protocol LanguageServer: Sendable {
    /// Answers `initialize`; called once.
    func initialize(_ params: InitializeParams) async throws(ResponseError) -> InitializeResult
    /// Answers a request other than initialize/shutdown; throw `methodNotFound` for unknown methods.
    func handle(_ request: Request) async throws(ResponseError) -> JSON
    /// Handles a notification other than exit and `$/cancelRequest`; unknown ones are ignored.
    func handle(_ notification: Notification) async
    /// Prepares for exit after `shutdown` (flush, stop background work).
    func shutdown() async
}
