/// Name and version reported by `initialize` and `--version`.
public enum ServerInfo {
    /// The executable and `serverInfo.name`.
    public static let name = "interview-lsp"
    /// The release version, for `serverInfo.version` and `--version`.
    public static let version = "0.1.0"
}
