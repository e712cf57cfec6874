/// Name and version reported by `initialize` and `--version`.
public enum ServerInfo {
    public static let name = "interview-lsp"
    public static let version = "0.1.0"
}
