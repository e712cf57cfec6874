/// A voice a diarizing model should recognise by name: the name and a short clip of it as a data URL.
public struct KnownSpeaker: Sendable, Equatable {
    /// The most references the transcription endpoint accepts in one request.
    public static let limit = 4

    /// The name the model should give this voice, e.g. `Speaker A`.
    public var name: String
    /// A 2–10 s clip of the voice, `data:audio/wav;base64,…`.
    public var reference: String

    /// A speaker named `name` whose voice is `reference`.
    public init(name: String, reference: String) {
        self.name = name
        self.reference = reference
    }
}
