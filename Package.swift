// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "interview-lsp",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "interview-lsp", targets: ["interview-lsp"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        // Headers only: libcurl is loaded on first use (Sources/CCurlShims/CurlLoader.c), not linked.
        .systemLibrary(name: "CCurl", providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CJansson", pkgConfig: "jansson", providers: [.apt(["libjansson-dev"])]),
        // One shim target per C library, so a module only sees the headers it uses.
        .target(name: "CJanssonShims", dependencies: ["CJansson"]),
        .target(name: "CSQLiteShims", dependencies: ["CSQLite"]),
        .target(name: "CCurlShims", dependencies: ["CCurl"]),
        .target(name: "CMallocShims"),
        .target(name: "JSON", dependencies: ["CJansson", "CJanssonShims"]),
        .target(name: "Blocking"),
        .target(name: "ProductInfo"),
        .target(name: "Logging"),
        .target(name: "JSONRPC", dependencies: ["JSON", "Logging", "Blocking"]),
        .target(name: "LanguageServerProtocol", dependencies: ["JSON", "JSONRPC", "Logging"]),
        .target(
            name: "Analysis",
            dependencies: ["JSON", "ProductInfo"],
            resources: [.embedInCode("Resources/skills.json")]
        ),
        .target(name: "RetrievalIndex", dependencies: ["Analysis", "CSQLite", "CSQLiteShims", "Blocking"]),
        .target(name: "ModelClient", dependencies: ["JSON", "ProductInfo", "CCurl", "CCurlShims", "Blocking"]),
        .target(name: "Assistant", dependencies: ["Analysis", "JSON"]),
        // The recruiter-facing scorecard of `interview-lsp report`: the analysis and the assistant's questions and red flags.
        .target(name: "Scorecard", dependencies: ["Analysis", "Assistant"]),
        // What the CLI and the server share: settings, model options and services, transcripts, usage; not LSP.
        .target(
            name: "SessionSupport",
            dependencies: ["Analysis", "Assistant", "RetrievalIndex", "ModelClient", "JSON", "Logging", "Blocking"]
        ),
        // `interview-lsp listen`: audio in, chunks to the transcription endpoint, turns into the transcript; not LSP.
        .target(name: "LiveTranscription", dependencies: ["Analysis", "ModelClient", "Blocking"]),
        .target(
            name: "InterviewServer",
            dependencies: ["SessionSupport", "LanguageServerProtocol", "JSONRPC", "Logging", "Analysis", "Assistant", "RetrievalIndex", "ModelClient", "JSON", "ProductInfo", "CMallocShims", "Blocking"]
        ),
        .executableTarget(
            name: "interview-lsp",
            dependencies: [
                "InterviewServer", "SessionSupport", "LiveTranscription", "LanguageServerProtocol", "JSONRPC", "Logging", "Analysis", "Assistant", "Scorecard", "RetrievalIndex", "JSON", "ProductInfo", "CMallocShims",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "interview-bench", dependencies: ["RetrievalIndex", "Analysis", "LiveTranscription", "ModelClient"]),
        .testTarget(name: "JSONTests", dependencies: ["JSON"]),
        .testTarget(name: "BlockingTests", dependencies: ["Blocking"]),
        .testTarget(name: "LanguageServerProtocolTests", dependencies: ["LanguageServerProtocol", "JSONRPC", "Logging", "JSON"]),
        .testTarget(name: "AnalysisTests", dependencies: ["Analysis", "JSON"]),
        .testTarget(name: "RetrievalIndexTests", dependencies: ["RetrievalIndex", "Analysis"]),
        .testTarget(name: "AssistantTests", dependencies: ["Assistant", "Analysis", "JSON"]),
        .testTarget(name: "ScorecardTests", dependencies: ["Scorecard", "Assistant", "Analysis"]),
        .testTarget(name: "LiveTranscriptionTests", dependencies: ["LiveTranscription", "ModelClient", "Analysis"]),
        // The OpenAI stand-in launched for a test, shared by the test targets that talk to it.
        .target(name: "StandinSupport", dependencies: ["ModelClient", "JSON", "Blocking"], path: "Tests/StandinSupport"),
        .testTarget(name: "ModelClientTests", dependencies: ["ModelClient", "JSON", "Analysis", "ProductInfo", "StandinSupport"]),
        .testTarget(
            name: "SessionSupportTests",
            dependencies: ["SessionSupport", "Analysis", "Assistant", "RetrievalIndex", "ModelClient", "JSON", "Logging", "StandinSupport"]
        ),
        .testTarget(
            name: "InterviewServerTests",
            dependencies: ["InterviewServer", "Blocking", "LanguageServerProtocol", "JSONRPC", "Logging", "Analysis", "Assistant", "RetrievalIndex", "ModelClient", "JSON", "SessionSupport", "CMallocShims"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
