import JSON

/// How to reach an OpenAI-compatible server; resolved from `interview.model` settings and the environment.
public struct ModelSettings: Sendable, Equatable {
    /// The API root, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:11434/v1`.
    public var baseURL: String
    /// The bearer token; never printed (see `description`).
    public var apiKey: String?
    /// Model used for chat completions.
    public var chatModel: String
    /// Model used for embeddings.
    public var embeddingModel: String
    /// Model used for audio transcription.
    public var transcriptionModel: String
    /// Seconds allowed to establish a connection.
    public var connectTimeout: Double
    /// Seconds allowed for one whole request, streamed answers included.
    public var totalTimeout: Double
    /// Extra attempts after a transient failure (429, 5xx, network).
    public var maxRetries: Int
    /// When false, only loopback endpoints (localhost, 127.0.0.0/8, ::1) are contacted.
    public var allowRemote: Bool
    /// When true, personal data is replaced by placeholders before text leaves the machine.
    public var redact: Bool

    /// The OpenAI endpoint used when neither settings nor `OPENAI_BASE_URL` name one.
    public static let defaultBaseURL = "https://api.openai.com/v1"

    /// Settings with every default; `apiKey` empty.
    public init(
        baseURL: String = ModelSettings.defaultBaseURL,
        apiKey: String? = nil,
        chatModel: String = "gpt-4o-mini",
        embeddingModel: String = "text-embedding-3-small",
        transcriptionModel: String = "gpt-4o-transcribe-diarize",
        connectTimeout: Double = 10,
        totalTimeout: Double = 120,
        maxRetries: Int = 2,
        allowRemote: Bool = true,
        redact: Bool = true
    ) {
        self.baseURL = baseURL
        self.apiKey = apiKey
        self.chatModel = chatModel
        self.embeddingModel = embeddingModel
        self.transcriptionModel = transcriptionModel
        self.connectTimeout = connectTimeout
        self.totalTimeout = totalTimeout
        self.maxRetries = maxRetries
        self.allowRemote = allowRemote
        self.redact = redact
    }
}

/// A setting under `interview.model` that was present but unusable, and why; its default was kept.
public struct ModelSettingsProblem: Sendable, Equatable, CustomStringConvertible {
    /// The full setting name, e.g. `interview.model.timeoutMs`.
    public var setting: String
    /// What is wrong with the value.
    public var message: String

    public var description: String { "\(setting): \(message)" }
}

extension ModelSettings {
    /// Reads the `interview.model` object (nil when absent); settings win over `OPENAI_BASE_URL` / `OPENAI_API_KEY`.
    public static func resolve(
        from json: JSON?, environment: [String: String]
    ) -> (settings: ModelSettings, problems: [ModelSettingsProblem]) {
        var settings = ModelSettings(environment: environment)
        guard let json, !json.isNull else { return (settings, []) }
        guard let members = json.objectValue else {
            return (settings, [.init(setting: "interview.model", message: "must be an object")])
        }
        var reader = ModelSettingsReader(members)
        settings.readEndpoint(&reader)
        settings.readModels(&reader)
        settings.readLimits(&reader)
        settings.readPrivacy(&reader)
        return (settings, reader.problems)
    }

    /// The defaults, with the endpoint and key of `OPENAI_BASE_URL` / `OPENAI_API_KEY` when set.
    private init(environment: [String: String]) {
        self.init()
        if let url = environment["OPENAI_BASE_URL"], !url.isEmpty { baseURL = url }
        if let key = environment["OPENAI_API_KEY"], !key.isEmpty { apiKey = key }
    }

    /// Where to connect and with which key.
    private mutating func readEndpoint(_ reader: inout ModelSettingsReader) {
        if let url = reader.string("baseURL") {
            if Endpoint.parse(url) == nil {
                reader.problem("baseURL", "must be an http:// or https:// URL")
            } else {
                baseURL = url
            }
        }
        if let key = reader.string("apiKey") { apiKey = key }
    }

    /// Which model answers, embeds and transcribes.
    private mutating func readModels(_ reader: inout ModelSettingsReader) {
        if let model = reader.string("chatModel") { chatModel = model }
        if let model = reader.string("embeddingModel") { embeddingModel = model }
        if let model = reader.string("transcriptionModel") { transcriptionModel = model }
    }

    /// How long to wait and how often to try again.
    private mutating func readLimits(_ reader: inout ModelSettingsReader) {
        if let seconds = reader.milliseconds("connectTimeoutMs", minimum: 1) { connectTimeout = seconds }
        if let seconds = reader.milliseconds("timeoutMs", minimum: 1) { totalTimeout = seconds }
        if let count = reader.count("maxRetries", in: 0...10) { maxRetries = count }
    }

    /// Whether text may leave this machine, and in which form.
    private mutating func readPrivacy(_ reader: inout ModelSettingsReader) {
        if let allow = reader.flag("allowRemote") { allowRemote = allow }
        if let redact = reader.flag("redact") { self.redact = redact }
    }
}

extension ModelSettings {
    /// Whether `url` points at this machine (localhost, 127.0.0.0/8, ::1): what `allowRemote: false` allows.
    public static func isLoopback(_ url: String) -> Bool {
        Endpoint.parse(url)?.isLoopback == true
    }
}

extension ModelSettings: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "ModelSettings(baseURL: \(baseURL), apiKey: \(apiKey == nil ? "not set" : "set"), chatModel: \(chatModel), "
            + "embeddingModel: \(embeddingModel), transcriptionModel: \(transcriptionModel), "
            + "connectTimeout: \(connectTimeout) s, totalTimeout: \(totalTimeout) s, maxRetries: \(maxRetries), "
            + "allowRemote: \(allowRemote), redact: \(redact))"
    }

    public var debugDescription: String { description }

    /// Keeps the key out of `dump` and debugger views too.
    public var customMirror: Mirror {
        Mirror(self, children: ["description": description], displayStyle: .struct)
    }
}

extension String {
    var trimmingWhitespace: String {
        var slice = Substring(self)
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }
}
