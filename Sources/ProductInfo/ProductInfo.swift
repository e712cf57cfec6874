/// The product's name and version, written once for `initialize`, `--version`, SARIF and the model client's User-Agent.
public enum ProductInfo {
    /// The executable and `serverInfo.name`.
    public static let name = "interview-lsp"
    /// The release version.
    public static let version = "0.1.0"
}
