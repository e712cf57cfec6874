import JSON

extension SourceQuote {
    /// `{path, range, quote, speaker?, timestamp?}`; with `uri`, that key in place of `path`, as LSP payloads name files.
    public func json(uri: String? = nil) -> JSON {
        var object: [String: JSON] = ["range": range.lspJSON, "quote": .string(text)]
        if let uri { object["uri"] = .string(uri) } else { object["path"] = .string(path) }
        if let speaker { object["speaker"] = .string(speaker) }
        if let timestamp { object["timestamp"] = .string(timestamp) }
        return .object(object)
    }
}
