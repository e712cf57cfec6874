import Analysis
import CMallocShims

/// Gives freed heap memory back to the system after work on a large session. glibc keeps the pages that a
/// parse or an index update of a 10 MB transcript freed, among live allocations where they cannot shrink
/// the heap (~70 MB here), and the server lives for the whole editing session.
enum MemoryRelease {
    /// Sessions with at least this much text release after each analysis and index update; smaller ones
    /// free too little to be worth the few milliseconds.
    static let threshold = 1024 * 1024

    /// Releases free memory when `documents` hold `threshold` bytes of text or more. Blocking: call it off the actor.
    static func afterWork(on documents: [SessionDocument]) {
        guard documents.reduce(0, { $0 + $1.text.text.utf8.count }) >= threshold else { return }
        shim_release_free_memory()
    }
}
