import Synchronization

/// A model answer as it streams in, in the form it may be shown: each citation marker appears only once it
/// is checked, and then as the `[n]` the final answer gives it; an unchecked or unfinished one never does.
final class StreamedAnswer: Sendable {
    private struct State {
        var raw = ""
        var shown = ""
        var checked: [Substring: Citation?] = [:]
    }

    private let sanitizer: CitationSanitizer
    private let state = Mutex(State())

    init(sanitizer: CitationSanitizer) {
        self.sanitizer = sanitizer
    }

    /// Adds `delta`; the answer so far when that changed what may be shown, else nil.
    func append(_ delta: String) -> String? {
        state.withLock { state in
            state.raw += delta
            let shown = sanitizer.sanitize(state.raw, complete: false, checked: &state.checked).text
            guard shown != state.shown else { return nil }
            state.shown = shown
            return shown
        }
    }
}
