// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "interview-lsp",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "interview-lsp", targets: ["interview-lsp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // Headers only: libcurl is loaded on first use (Sources/CShims/CurlLoader.c), not linked.
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CJansson", pkgConfig: "jansson", providers: [.apt(["libjansson-dev"])]),
        .target(name: "CShims", dependencies: ["CSQLite", "CCurl", "CJansson"]),
        .target(name: "JSON", dependencies: ["CJansson", "CShims"]),
        .target(name: "Locking"),
        .target(name: "LanguageServerProtocol", dependencies: ["JSON"]),
        .target(
            name: "Analysis",
            dependencies: ["JSON"],
            resources: [.embedInCode("Resources/skills.json")]
        ),
        .target(name: "RetrievalIndex", dependencies: ["Analysis", "CSQLite", "CShims", "Locking"]),
        .target(name: "ModelClient", dependencies: ["JSON", "CCurl", "CShims", "Locking"]),
        .target(name: "Assistant", dependencies: ["Analysis", "JSON"]),
        .target(
            name: "InterviewServer",
            dependencies: ["LanguageServerProtocol", "Analysis", "Assistant", "RetrievalIndex", "ModelClient", "JSON", "CShims"]
        ),
        .executableTarget(
            name: "interview-lsp",
            dependencies: [
                "InterviewServer", "Analysis", "Assistant", "RetrievalIndex", "JSON", "CShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "interview-bench", dependencies: ["RetrievalIndex", "Analysis"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "LanguageServerProtocolTests", dependencies: ["LanguageServerProtocol", "JSON"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "JSON"]),
        .testTarget(name: "RetrievalIndexTests", dependencies: ["RetrievalIndex", "Analysis"]),
        .testTarget(name: "AssistantTests", dependencies: ["Assistant", "Analysis", "JSON"]),
        .testTarget(name: "ModelClientTests", dependencies: ["ModelClient", "JSON", "Analysis"]),
        .testTarget(
            name: "InterviewServerTests",
            dependencies: ["InterviewServer", "LanguageServerProtocol", "Analysis", "Assistant", "RetrievalIndex", "ModelClient", "JSON"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
